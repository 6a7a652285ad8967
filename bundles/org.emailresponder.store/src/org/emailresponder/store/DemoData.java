package org.emailresponder.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.NewUser;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Contact;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.Product;
import org.emailresponder.store.model.Template;

/**
 * A small, believable data set for trying the workbench on the embedded database: three groups, agents and a
 * supervisor, contacts, products, templates and a few routed messages. Only an administrator may load it, and only
 * into a database without groups, so it never mixes with real data. The users get random passwords that are
 * returned once, to be shown to the administrator who asked for the data.
 */
public final class DemoData {
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The demo users (login → initial password, in creation order) and what else was created. */
    public record Loaded(Map<String, String> passwords, int groups, int contacts, int products, int templates, int messages) {
    }

    private record DemoUser(String login, String name, Role role, List<String> groups) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("anna", "Anna Berger", Role.AGENT, List.of("Billing")),
            new DemoUser("ben", "Ben Carter", Role.AGENT, List.of("Support")),
            new DemoUser("chris", "Chris Diaz", Role.AGENT, List.of("Support", "Sales")),
            new DemoUser("sofia", "Sofia Meyer", Role.SUPERVISOR, List.of("Billing", "Support", "Sales")));

    private final Store store;
    private final StoreUserDirectory directory;

    public DemoData(Store store, PasswordHasher hasher) {
        this.store = store;
        this.directory = new StoreUserDirectory(store, hasher);
    }

    /**
     * Loads the demo data set.
     *
     * @throws ValidationException when the database has groups already
     * @throws org.emailresponder.core.AccessDeniedException when the caller may not manage users
     */
    public Loaded load(UserSession admin) {
        if (!directory.groups(admin).isEmpty()) {
            throw new ValidationException("Demo data can only be loaded into a new database (this one has groups already).");
        }
        Map<String, Long> groups = new LinkedHashMap<>();
        groups.put("Billing", directory.createGroup(admin, "Billing", "Invoices, payments and refunds", AssignmentMode.ROUND_ROBIN).id());
        groups.put("Support", directory.createGroup(admin, "Support", "Technical questions", AssignmentMode.MANUAL).id());
        groups.put("Sales", directory.createGroup(admin, "Sales", "Offers and orders", AssignmentMode.LEAST_LOADED).id());
        Map<String, String> passwords = new LinkedHashMap<>();
        for (DemoUser user : USERS) {
            String password = randomPassword();
            Set<Long> memberships = Set.copyOf(user.groups().stream().map(groups::get).toList());
            directory.createUser(admin, new NewUser(user.login(), user.name(), user.login() + "@example.com", user.role(),
                    password.toCharArray(), memberships));
            passwords.put(user.login(), password);
        }
        int[] counts = store.inTransaction(em -> new int[] {contacts(em), products(em), templates(em, groups, admin.login()), messages(em, groups)});
        return new Loaded(passwords, groups.size(), counts[0], counts[1], counts[2], counts[3]);
    }

    private static int contacts(EntityManager em) {
        String[][] people = {
                {"Laura", "Schmidt", "Schmidt GmbH", "de", "laura.schmidt@schmidt-gmbh.example"},
                {"James", "Miller", "Miller & Sons", "en", "james@millersons.example"},
                {"Marie", "Dubois", null, "fr", "marie.dubois@mail.example"},
                {"Tom", "Novak", "Novak Trading", "en", "tom.novak@novak.example"}};
        for (String[] p : people) {
            Contact contact = new Contact();
            contact.setFirstName(p[0]);
            contact.setLastName(p[1]);
            contact.setCompany(p[2]);
            contact.setLanguage(p[3]);
            contact.getAddresses().add(p[4]);
            contact.setCreatedAt(Instant.now());
            em.persist(contact);
        }
        return people.length;
    }

    private static int products(EntityManager em) {
        String[][] items = {
                {"CloudBackup Pro", "CBP", "cloud backup, cbp", "Online backup for small offices"},
                {"InvoiceMate", "IM", "invoice mate", "Invoicing software"},
                {"NetGuard Router X2", "NGX2", "x2 router, netguard", "Office router with firewall"}};
        for (String[] item : items) {
            Product product = new Product();
            product.setName(item[0]);
            product.setCode(item[1]);
            product.setAliases(item[2]);
            product.setDescription(item[3]);
            em.persist(product);
        }
        return items.length;
    }

    private static int templates(EntityManager em, Map<String, Long> groups, String author) {
        String[][] texts = {
                {"Billing", "Invoice copy", "en", "Your invoice", "Dear $customer.firstName; null=\"customer\"$,\n\nplease find a copy of your invoice attached.\n\nKind regards\n$agent.name$"},
                {"Billing", "Refund confirmed", "en", "Your refund", "Dear $customer.firstName; null=\"customer\"$,\n\nwe have refunded the amount to your account.\n\nKind regards\n$agent.name$"},
                {"Support", "Restart the router", "en", "Re: $message.subject$", "Hello $customer.firstName; null=\"customer\"$,\n\nplease restart the router and tell us whether the problem remains.\n\nBest regards\n$agent.name$"},
                {"Sales", "Offer", "en", "Your offer", "Dear $customer.firstName; null=\"customer\"$,\n\nthank you for your interest. Our offer is attached.\n\nKind regards\n$agent.name$"}};
        for (String[] text : texts) {
            Template template = new Template();
            template.setFolder(text[0]);
            template.setName(text[1]);
            template.setLanguage(text[2]);
            template.setSubject(text[3]);
            template.setBodyText(text[4]);
            template.setEnabled(true);
            template.setUpdatedBy(author);
            template.setUpdatedAt(Instant.now());
            template.getVisibleTo().add(em.find(AgentGroup.class, groups.get(text[0])));
            em.persist(template);
        }
        return texts.length;
    }

    private static int messages(EntityManager em, Map<String, Long> groups) {
        String[][] mails = {
                {"Billing", "laura.schmidt@schmidt-gmbh.example", "Laura Schmidt", "Invoice 2024-1187 charged twice", "We were charged twice for invoice 2024-1187. Please refund one payment."},
                {"Billing", "james@millersons.example", "James Miller", "Copy of my last invoice", "Could you send me a copy of my last invoice?"},
                {"Support", "tom.novak@novak.example", "Tom Novak", "NetGuard X2 drops the connection", "Our NetGuard Router X2 loses the connection every hour."},
                {"Support", "marie.dubois@mail.example", "Marie Dubois", "CloudBackup Pro: restore fails", "Restoring a folder from CloudBackup Pro stops at 50 %."},
                {"Sales", "james@millersons.example", "James Miller", "Offer for 20 InvoiceMate licences", "Please send us an offer for 20 licences of InvoiceMate."}};
        Instant now = Instant.now();
        for (int i = 0; i < mails.length; i++) {
            String[] mail = mails[i];
            Message message = new Message();
            message.setDedupKey(dedupKey("demo-" + i + "-" + mail[3]));
            message.setMessageIdHeader("<demo-" + i + "@example.com>");
            message.setFromAddress(mail[1]);
            message.setFromName(mail[2]);
            message.setToAddresses("service@example.com");
            message.setSubject(mail[3]);
            message.setTextBody(mail[4]);
            message.setSentAt(now.minus(Duration.ofMinutes(30L * (mails.length - i))));
            message.setReceivedAt(now.minus(Duration.ofMinutes(30L * (mails.length - i) - 1)));
            message.setSizeBytes(mail[4].length());
            message.setState(MessageState.ROUTED);
            message.setGroup(em.find(AgentGroup.class, groups.get(mail[0])));
            message.setRoutingExplanation("demo data");
            message.setLanguage("en");
            em.persist(message);
        }
        return mails.length;
    }

    private static String dedupKey(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
