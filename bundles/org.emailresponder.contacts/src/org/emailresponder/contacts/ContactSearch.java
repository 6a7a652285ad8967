package org.emailresponder.contacts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.emailresponder.store.model.Contact;

/** Builds the word-by-word contact search: each word must appear in a name, the company or an address. */
final class ContactSearch {
    private ContactSearch() {
    }

    static List<Contact> run(EntityManager em, String text, int limit) {
        List<String> words = text == null ? List.of()
                : Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT c FROM Contact c LEFT JOIN c.addresses a WHERE 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            String p = ":w" + i;
            jpql.append(" AND (LOWER(c.firstName) LIKE ").append(p).append(" ESCAPE '!'")
                    .append(" OR LOWER(c.lastName) LIKE ").append(p).append(" ESCAPE '!'")
                    .append(" OR LOWER(c.company) LIKE ").append(p).append(" ESCAPE '!'")
                    .append(" OR a LIKE ").append(p).append(" ESCAPE '!')");
        }
        jpql.append(" ORDER BY c.lastName, c.firstName, c.id");
        TypedQuery<Contact> query = em.createQuery(jpql.toString(), Contact.class);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return query.setMaxResults(Math.max(1, limit)).getResultList();
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
