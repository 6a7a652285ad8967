package org.emailresponder.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.emailresponder.contacts.internal.ContactMapping;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.Contact;

/**
 * The contact database. Permissions: every signed-in user who answers messages may read, create and edit contacts
 * ({@link Permission#ANSWER_MESSAGES}); deleting one needs {@link Permission#MANAGE_TEMPLATES} (supervisors, admins),
 * because replies and conversations refer to contacts. Addresses are unique across contacts and compared lower case.
 */
public final class ContactDirectory {
    private final Store store;

    public ContactDirectory(Store store) {
        this.store = store;
    }

    public Optional<ContactData> find(UserSession session, long id) {
        session.require(Permission.ANSWER_MESSAGES);
        return store.read(em -> Optional.ofNullable(em.find(Contact.class, id)).map(ContactMapping::toData));
    }

    /** The contact owning this address, ignoring case. */
    public Optional<ContactData> findByAddress(UserSession session, String address) {
        session.require(Permission.ANSWER_MESSAGES);
        return store.read(em -> byAddress(em, address).map(ContactMapping::toData));
    }

    /** Contacts whose name, company or address contains every word of the text (case-insensitive). */
    public List<ContactData> search(UserSession session, String text, int limit) {
        session.require(Permission.ANSWER_MESSAGES);
        return store.read(em -> ContactSearch.run(em, text, limit).stream().map(ContactMapping::toData).toList());
    }

    public ContactData create(UserSession session, ContactData contact) {
        session.require(Permission.ANSWER_MESSAGES);
        validate(contact);
        return store.inTransaction(em -> {
            requireFreeAddresses(em, contact.addresses(), null);
            Contact entity = new Contact();
            ContactMapping.copy(contact, entity);
            entity.setCreatedAt(Instant.now());
            em.persist(entity);
            em.flush();
            return ContactMapping.toData(entity);
        });
    }

    public ContactData update(UserSession session, ContactData contact) {
        session.require(Permission.ANSWER_MESSAGES);
        validate(contact);
        if (contact.id() == null) {
            throw new ValidationException("Only a stored contact can be updated");
        }
        return store.inTransaction(em -> {
            Contact entity = existing(em, contact.id());
            requireFreeAddresses(em, contact.addresses(), contact.id());
            ContactMapping.copy(contact, entity);
            em.flush();
            return ContactMapping.toData(entity);
        });
    }

    public void delete(UserSession session, long id) {
        session.require(Permission.MANAGE_TEMPLATES);
        store.run(em -> {
            Contact entity = existing(em, id);
            em.createQuery("UPDATE Message m SET m.contact = NULL WHERE m.contact = :c").setParameter("c", entity).executeUpdate();
            em.createQuery("UPDATE Conversation c SET c.contact = NULL WHERE c.contact = :c").setParameter("c", entity)
                    .executeUpdate();
            em.remove(entity);
        });
    }

    /**
     * The contact of an incoming message's sender: the existing one, or a new contact marked proposed, with the name
     * split from the sender's display name, for an agent to confirm.
     */
    public ContactData proposeFromSender(UserSession session, String address, String displayName) {
        session.require(Permission.ANSWER_MESSAGES);
        String normalized = ContactData.normalizeAddress(address);
        if (!normalized.contains("@")) {
            throw new ValidationException("Not an e-mail address: " + address);
        }
        Optional<ContactData> known = findByAddress(session, normalized);
        if (known.isPresent()) {
            return known.get();
        }
        SenderName name = SenderName.parse(displayName, normalized);
        ContactData proposal = new ContactData(null, name.first(), name.last(), null, null, null, null,
                List.of(normalized), null, true);
        try {
            return create(session, proposal);
        } catch (RuntimeException raced) {
            // another Manager stored the same sender a moment ago: the unique address constraint decided
            return findByAddress(session, normalized).orElseThrow(() -> raced);
        }
    }

    static Optional<Contact> byAddress(EntityManager em, String address) {
        TypedQuery<Contact> q = em.createQuery("SELECT c FROM Contact c JOIN c.addresses a WHERE a = :a", Contact.class);
        return q.setParameter("a", ContactData.normalizeAddress(address)).getResultList().stream().findFirst();
    }

    private static Contact existing(EntityManager em, long id) {
        Contact entity = em.find(Contact.class, id);
        if (entity == null) {
            throw new ValidationException("Contact " + id + " does not exist (any more)");
        }
        return entity;
    }

    private static void requireFreeAddresses(EntityManager em, List<String> addresses, Long ownId) {
        if (addresses.isEmpty()) {
            return;
        }
        List<Object[]> taken = em.createQuery("SELECT c.id, a FROM Contact c JOIN c.addresses a WHERE a IN :list", Object[].class)
                .setParameter("list", addresses).getResultList();
        List<String> conflicts = new ArrayList<>();
        for (Object[] row : taken) {
            if (!row[0].equals(ownId)) {
                conflicts.add(row[1] + " (contact " + row[0] + ")");
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ValidationException("Address already belongs to another contact: " + String.join(", ", conflicts));
        }
    }

    private static void validate(ContactData c) {
        boolean nameless = isBlank(c.firstName()) && isBlank(c.lastName()) && isBlank(c.company());
        if (nameless && c.addresses().isEmpty()) {
            throw new ValidationException("A contact needs a name, a company or an e-mail address");
        }
        for (String address : c.addresses()) {
            if (!address.matches("[^@\\s]+@[^@\\s]+") || address.length() > 320) {
                throw new ValidationException("Not an e-mail address: " + address);
            }
        }
        if (c.language() != null && c.language().length() > 20) {
            throw new ValidationException("Language code too long: " + c.language().toLowerCase(Locale.ROOT));
        }
        requireLength("First name", c.firstName(), 200);
        requireLength("Last name", c.lastName(), 200);
        requireLength("Company", c.company(), 300);
        requireLength("Phone", c.phone(), 100);
    }

    private static void requireLength(String what, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new ValidationException(what + " is longer than " + max + " characters");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
