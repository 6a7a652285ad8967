package org.emailresponder.manager.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.CategoryClassifier;
import org.emailresponder.search.CategoryClassifier.Example;
import org.emailresponder.search.MessageText;
import org.emailresponder.store.Store;

/**
 * The search bundle's naive Bayes classifier behind the analysis interface. It learns the group past messages were
 * routed to, so the analysis fact {@code category} is a predicted group name that rules can route on
 * ({@code fact category = 'Billing'}). Trained from the database at start and taught each new routing decision.
 * <p>
 * The features of a predicted message are kept until routing teaches its group (a batch later at most), so its text is
 * read once, not twice.
 */
final class GroupClassifier implements CategoryClassifier {
    static final int PREDICTIONS = 3;
    static final int KEPT_EXAMPLES = 500;
    private static final String ROUTED = "SELECT m.subject, m.text_body, m.from_address, m.from_name, g.name FROM er_message m"
            + " JOIN er_group g ON g.id = m.group_id ORDER BY m.id DESC";

    private final org.emailresponder.search.CategoryClassifier model = new org.emailresponder.search.CategoryClassifier();
    private final Map<MessageText, Example> predicted = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MessageText, Example> eldest) {
            return size() > KEPT_EXAMPLES;
        }
    });

    /** Learns the newest {@code limit} routed messages; returns how many. */
    int train(Store store, int limit) throws SQLException {
        model.clear();
        int count = 0;
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement(ROUTED)) {
            st.setMaxRows(limit);
            st.setFetchSize(500);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    model.learn(new MessageText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(5));
                    count++;
                }
            }
        }
        return count;
    }

    void learn(MessageText message, String groupName) {
        Example seen = predicted.remove(withoutName(message));
        model.learn(seen == null ? model.example(message) : model.withSenderName(seen, message.fromName()), groupName);
    }

    /** Predictions see no sender name (the analysis interface has none). */
    private static MessageText withoutName(MessageText message) {
        return new MessageText(message.subject(), message.body(), message.fromAddress(), null);
    }

    int exampleCount() {
        return model.exampleCount();
    }

    @Override
    public List<Prediction> predict(Map<String, String> fields) {
        if (model.exampleCount() == 0) {
            return List.of();
        }
        MessageText text = new MessageText(fields.get(SUBJECT), fields.get(BODY), fields.get(FROM), null);
        Example example = model.example(text);
        predicted.put(text, example);
        return model.predict(example, PREDICTIONS).stream().map(s -> new Prediction(s.category(), s.confidence())).toList();
    }
}
