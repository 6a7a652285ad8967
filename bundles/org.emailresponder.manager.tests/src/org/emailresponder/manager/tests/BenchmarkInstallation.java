package org.emailresponder.manager.tests;

import static org.emailresponder.manager.tests.AutomationWorld.rule;
import static org.emailresponder.manager.tests.AutomationWorld.senderContains;
import static org.emailresponder.manager.tests.AutomationWorld.subjectContains;
import static org.emailresponder.manager.tests.AutomationWorld.toGroup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.NewUser;
import org.emailresponder.rules.RuleSetService;
import org.emailresponder.rules.model.Rule;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.search.MessageText;
import org.emailresponder.search.bench.ListCorpus;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreUserDirectory;
import org.emailresponder.templates.TemplateData;
import org.emailresponder.templates.TemplateEngine;
import org.emailresponder.templates.TemplateLibrary;
import org.emailresponder.templates.TemplateVariables;

/**
 * The help desk the automation benchmarks run against: 6 groups with 2 agents each, 6 rules (subject and sender
 * conditions, one catch-all), 8 hand-written templates and, optionally, more templates made from corpus messages
 * (subject and up to 1,500 characters of body; every 5th German, every 3rd visible to one group only), as the
 * suggestion benchmark makes them.
 */
final class BenchmarkInstallation {
    static final List<String> GROUPS = List.of("ILUG", "RPM", "FoRK", "SpamAssassin", "Razor", "Support");
    private static final String[][] TEMPLATES = {
        {"Shipping delay", "Your order is on its way", "Your parcel was delayed by the carrier; tracking follows."},
        {"Invoice correction", "Your corrected invoice", "We are sorry about the wrong amount on your invoice."},
        {"Password reset", "Resetting your password", "Click forgot password on the login page."},
        {"Linux install help", "Installing on Linux", "Install the rpm package with rpm -Uvh and restart the service."},
        {"Mailing list", "About our mailing list", "To unsubscribe from the list follow the link in the footer."},
        {"Spam report", "Thanks for the spam report", "We added the sender to our spam filter rules."},
        {"Thanks", "Thank you", "Thank you for your message, we will come back to you."},
        {"Refund", "Your refund", "We refunded the amount to your credit card."}};

    private BenchmarkInstallation() {
    }

    /**
     * Creates groups, agents, rules and {@code templates} templates (at least the 8 hand-written ones).
     *
     * @param corpusData the corpus folder the extra templates are made from (unused when {@code templates <= 8})
     */
    static void create(Store store, UserSession admin, int templates, Path corpusData) throws IOException {
        StoreUserDirectory directory = new StoreUserDirectory(store, new PasswordHasher(1_000));
        List<Long> groupIds = new ArrayList<>();
        for (String name : GROUPS) {
            long id = directory.createGroup(admin, name, null, AssignmentMode.MANUAL).id();
            groupIds.add(id);
            for (int i = 1; i <= 2; i++) {
                String login = name.toLowerCase() + "-agent" + i;
                directory.createUser(admin, new NewUser(login, login, login + "@agents.example", Role.AGENT,
                        "agent-pass-123".toCharArray(), Set.of(id)));
            }
        }
        TemplateLibrary library = new TemplateLibrary(store, new TemplateEngine(), TemplateVariables.fromPlatform());
        for (String[] t : TEMPLATES) {
            library.save(admin, TemplateData.of("Replies", t[0], "en", t[1], t[2], null));
        }
        if (templates > TEMPLATES.length) {
            addCorpusTemplates(library, admin, templates - TEMPLATES.length, corpusData, groupIds);
        }
        activateRules(store, admin, rule("ilug", subjectContains("[ILUG]"), toGroup("ILUG")),
                rule("rpm", subjectContains("rpm"), toGroup("RPM")),
                rule("fork", senderContains("xent.com"), toGroup("FoRK")),
                rule("sa", subjectContains("spamassassin"), toGroup("SpamAssassin")),
                rule("razor", subjectContains("razor"), toGroup("Razor")),
                rule("rest", senderContains("@"), toGroup("Support")));
    }

    private static void addCorpusTemplates(TemplateLibrary library, UserSession admin, int count, Path corpusData, List<Long> groupIds)
            throws IOException {
        List<MessageText> corpus = ListCorpus.allMessages(corpusData);
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            MessageText source = corpus.get(random.nextInt(corpus.size()));
            String body = source.body().length() > 1500 ? source.body().substring(0, 1500) : source.body();
            TemplateData template = TemplateData.of("Corpus", "Template " + i, i % 5 == 0 ? "de" : "en", plain(source.subject()),
                    plain(body), null);
            library.save(admin, i % 3 == 0 ? template.withVisibleTo(Set.of(groupIds.get(i % groupIds.size()))) : template);
        }
    }

    /** Corpus text as template text: without the StringTemplate delimiter and escape characters, and without NUL (PostgreSQL). */
    private static String plain(String text) {
        String cleaned = text.replace('$', 'S').replace('\\', '/').replace("\0", "");
        return cleaned.isBlank() ? "(empty)" : cleaned;
    }

    private static void activateRules(Store store, UserSession admin, Rule... rules) {
        RuleSet set = AutomationWorld.F.createRuleSet();
        set.setName("main");
        set.getRules().addAll(List.of(rules));
        RuleSetService service = new RuleSetService(store);
        service.save(admin, set, null);
        service.activate(admin, "main", service.history(admin, "main").get(0).revision());
    }
}
