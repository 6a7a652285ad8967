package org.emailresponder.search;

import java.util.List;

import org.emailresponder.store.Store;

/** (Re)trains a {@link CategoryClassifier} from the decisions recorded in the database. */
public final class ClassifierTraining {
    private static final int BATCH = 500;
    private static final String BY_GROUP = "select m.id, g.id, m.subject, m.textBody, m.fromAddress, m.fromName"
            + " from Message m join m.group g where m.id > :after order by m.id";
    private static final String BY_CATEGORY = "select m.id, m.category, m.subject, m.textBody, m.fromAddress,"
            + " m.fromName from Message m where m.category is not null and m.id > :after order by m.id";

    private ClassifierTraining() {
    }

    /**
     * Clears the classifier and teaches it every routed message, the label being the group id as a string
     * (e.g. "42"). Returns the number of examples.
     */
    public static int rebuildFromGroups(Store store, CategoryClassifier classifier) {
        return rebuild(store, classifier, BY_GROUP);
    }

    /** Clears the classifier and teaches it every message with a category, the label being that category. */
    public static int rebuildFromCategories(Store store, CategoryClassifier classifier) {
        return rebuild(store, classifier, BY_CATEGORY);
    }

    private static int rebuild(Store store, CategoryClassifier classifier, String query) {
        classifier.clear();
        long after = Long.MIN_VALUE;
        int count = 0;
        while (true) {
            long from = after;
            List<Object[]> rows = store.read(em -> em.createQuery(query, Object[].class).setParameter("after", from)
                    .setMaxResults(BATCH).getResultList());
            if (rows.isEmpty()) {
                return count;
            }
            for (Object[] r : rows) {
                classifier.learn(new MessageText((String) r[2], (String) r[3], (String) r[4], (String) r[5]),
                        String.valueOf(r[1]));
            }
            count += rows.size();
            after = (Long) rows.get(rows.size() - 1)[0];
        }
    }
}
