package org.emailresponder.manager.pipeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.emailresponder.analysis.AnalysisResult;
import org.emailresponder.analysis.MessageAnalysis;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.Message;

/**
 * Analyzes RECEIVED messages (in parallel, the analyzers are thread-safe) and stores all facts of the batch and the
 * state ANALYZED in one transaction. When that transaction fails, each message is stored on its own; one that still
 * fails stays RECEIVED for a later run.
 */
final class AnalysisStep {
    private final Store store;
    private final MessageAnalysis analysis;

    AnalysisStep(Store store, MessageAnalysis analysis) {
        this.store = store;
        this.analysis = analysis;
    }

    /** The results that were stored; messages missing from it failed and stay RECEIVED. */
    List<AnalysisResult> analyze(List<LoadedMessage> messages) {
        List<AnalysisResult> results = messages.parallelStream().map(this::evaluate).filter(r -> r != null).toList();
        try {
            save(results);
            return results;
        } catch (SQLException | RuntimeException batchFailed) {
            ILog.of(AnalysisStep.class).warn("Analysis of " + results.size() + " messages could not be stored together, storing one by one: "
                    + batchFailed.getMessage());
            return saveOneByOne(results);
        } finally {
            results.forEach(r -> store.emf().getCache().evict(Message.class, r.messageId()));
        }
    }

    private AnalysisResult evaluate(LoadedMessage message) {
        try {
            return analysis.evaluate(message.input());
        } catch (RuntimeException e) {
            ILog.of(AnalysisStep.class).error("Analysis of message " + message.id() + " failed; it stays RECEIVED: " + e, e);
            return null;
        }
    }

    private List<AnalysisResult> saveOneByOne(List<AnalysisResult> results) {
        List<AnalysisResult> saved = new ArrayList<>();
        for (AnalysisResult result : results) {
            try {
                save(List.of(result));
                saved.add(result);
            } catch (SQLException | RuntimeException e) {
                ILog.of(AnalysisStep.class).error("Facts of message " + result.messageId() + " cannot be stored; it stays RECEIVED: "
                        + e.getMessage(), e);
            }
        }
        return saved;
    }

    private void save(List<AnalysisResult> results) throws SQLException {
        if (results.isEmpty()) {
            return;
        }
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                analysis.save(c, results, true);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
