package org.emailresponder.manager;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.internal.MailBundleParsing;
import org.emailresponder.manager.transport.RegistryTransports;
import org.emailresponder.store.Store;

/**
 * The Manager's parts wired together for one open database: what the command line, the workbench Job and the tests
 * use. The caller owns the {@link Store} and closes it.
 */
public final class ManagerContext {
    private final Store store;
    private final MailAccounts accounts;
    private final MailIngest ingest;
    private final ReplySender sender;
    private final ReplyQueue replies;
    private final Leases leases;
    private final ManagerService service;

    public ManagerContext(Store store, SecretBox secrets, TransportLookup transports, MessageParsing parsing, IngestOptions ingestOptions,
            ReplySender.Policy sendPolicy, List<IngestListener> listeners, String owner) {
        this.store = store;
        this.accounts = new MailAccounts(store, secrets, transports, ingestOptions.security());
        this.ingest = new MailIngest(store, transports, parsing, ingestOptions, listeners);
        this.sender = new ReplySender(store, transports, id -> accounts.config(UserSession.MANAGER_SERVICE, id), sendPolicy, owner);
        this.replies = new ReplyQueue(store);
        this.leases = new Leases(store, owner);
        this.service = new ManagerService(store, accounts, ingest, sender, leases, sendPolicy.sendingLease());
    }

    /**
     * The defaults: built-in transports and parser, key from the environment, a unique owner name for leases. The
     * system property {@code emailresponder.leaseSeconds} shortens the account and sending leases (default 300 s),
     * which is how the crash tests avoid waiting five minutes after each kill.
     */
    public static ManagerContext standard(Store store, Map<String, String> env, List<IngestListener> listeners) {
        ReplySender.Policy defaults = ReplySender.Policy.defaults();
        ReplySender.Policy policy = new ReplySender.Policy(defaults.maxAttempts(), defaults.firstRetry(), defaults.maxRetry(),
                java.time.Duration.ofSeconds(Integer.getInteger("emailresponder.leaseSeconds", 300)), defaults.batchSize(), defaults.security());
        return new ManagerContext(store, SecretBox.fromEnvironment(env), new RegistryTransports(), new MailBundleParsing(),
                IngestOptions.defaults(), policy, listeners, ownerName());
    }

    /** host/pid/random: unique per running Manager, readable in er_lease and er_reply.sending_owner. */
    public static String ownerName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Store store() {
        return store;
    }

    public MailAccounts accounts() {
        return accounts;
    }

    public MailIngest ingest() {
        return ingest;
    }

    public ReplySender sender() {
        return sender;
    }

    public ReplyQueue replies() {
        return replies;
    }

    public Leases leases() {
        return leases;
    }

    public ManagerService service() {
        return service;
    }
}
