package org.emailresponder.manager.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.ILog;
import org.emailresponder.analysis.AnalysisResult;
import org.emailresponder.analysis.MessageAnalysis;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;
import org.emailresponder.manager.IngestListener;
import org.emailresponder.manager.ReplyQueue;
import org.emailresponder.manager.TemplateReplies;
import org.emailresponder.rules.MessageContent;
import org.emailresponder.rules.RoutingOutcome;
import org.emailresponder.rules.RoutingService;
import org.emailresponder.rules.RuleEngine;
import org.emailresponder.rules.RuleSetService;
import org.emailresponder.search.IndexedMessage;
import org.emailresponder.search.MessageSearchIndex;
import org.emailresponder.store.Store;

/**
 * Steps 2–7 of the mail flow for each committed ingest batch: analyze (facts of the batch in one transaction), route
 * with the active rule set (group, assignee, notifications, explanation), queue the acknowledgement a rule asks for,
 * store ranked template suggestions, and add the messages to the full-text index. A step that fails for a message
 * leaves it waiting (RECEIVED before analysis, ANALYZED before routing) for {@link #catchUp}; the batch goes on.
 */
public final class AutomationPipeline implements IngestListener, AutoCloseable {
    private static final UserSession MANAGER = UserSession.MANAGER_SERVICE;
    private static final int CATCH_UP_BATCH = 200;

    private final Store store;
    private final BatchLoader loader;
    private final MessageAnalysis analysis;
    private final AnalysisStep analysisStep;
    private final GroupClassifier classifier = new GroupClassifier();
    private final RoutingService routing;
    private final Acknowledger acknowledger;
    private final SuggestionStep suggestions;
    private final MessageSearchIndex index;
    private final StepTimes times = new StepTimes();
    /** Guards the second half (suggestions, index), which may run beside the first half of the next batch. */
    private final Object followUpLock = new Object();

    public AutomationPipeline(Store store, ReplyQueue replies, PipelineSettings settings) {
        this.store = store;
        this.loader = new BatchLoader(store);
        this.analysis = new MessageAnalysis(store, settings.analysis());
        this.analysisStep = new AnalysisStep(store, analysis);
        this.routing = new RoutingService(store, new RuleSetService(store), new RuleEngine());
        this.acknowledger = new Acknowledger(store, replies, TemplateReplies.fromPlatform(store, replies));
        this.suggestions = new SuggestionStep(store, settings.suggestions());
        this.index = openIndex(store, settings);
        try {
            classifier.train(store, settings.trainingLimit());
        } catch (SQLException e) {
            ILog.of(AutomationPipeline.class).error("The group classifier cannot learn past routing: " + e.getMessage(), e);
        }
        analysis.setCategoryClassifier(classifier);
        loadSuggestions();
    }

    /** Templates and past choices are read now, at start, not while the first batch waits. */
    private void loadSuggestions() {
        try {
            suggestions.refresh();
        } catch (SQLException | RuntimeException e) {
            ILog.of(AutomationPipeline.class).error("Templates for suggestions cannot be loaded yet; the first batch retries: " + e, e);
        }
    }

    private static MessageSearchIndex openIndex(Store store, PipelineSettings settings) {
        if (settings.indexFolder() == null) {
            return null;
        }
        MessageSearchIndex index;
        try {
            index = MessageSearchIndex.open(settings.indexFolder());
        } catch (RuntimeException e) {
            // e.g. another Manager holds the folder's write lock: automation runs on without full-text indexing
            ILog.of(AutomationPipeline.class).error("The search index in " + settings.indexFolder() + " cannot be opened: " + e, e);
            return null;
        }
        try {
            int recovered = index.recover(store);
            if (recovered > 0) {
                ILog.of(AutomationPipeline.class).info("Indexed " + recovered + " messages the last run had not committed to the search index");
            }
        } catch (RuntimeException e) {
            ILog.of(AutomationPipeline.class).error("Messages the last run had not committed to the search index cannot be added: " + e, e);
        }
        return index;
    }

    @Override
    public void received(long accountId, List<Long> messageIds) {
        process(messageIds);
    }

    /** Runs every step for these messages (those not waiting in RECEIVED or ANALYZED are skipped). */
    public PipelineResult process(List<Long> messageIds) {
        return suggestAndIndex(analyzeAndRoute(messageIds));
    }

    /**
     * Analyzes and routes now and leaves suggestions and indexing to {@code followUp}, so that the next batch is analyzed
     * and routed while this one gets its suggestions: the two halves take about the same time and use both cores.
     */
    void processOverlapped(List<Long> messageIds, Executor followUp) {
        Routed batch = analyzeAndRoute(messageIds);
        if (!batch.loaded().isEmpty()) {
            followUp.execute(() -> suggestAndIndex(batch));
        }
    }

    /** A batch after routing: what suggestions and the index still need, and what analysis and routing did. */
    private record Routed(List<LoadedMessage> loaded, List<RoutedMessage> routed, Map<Long, Long> groups, PipelineResult result) {
    }

    private synchronized Routed analyzeAndRoute(List<Long> messageIds) {
        long start = System.nanoTime();
        List<LoadedMessage> loaded;
        try {
            loaded = loader.load(messageIds).stream()
                    .filter(m -> m.state() == MessageState.RECEIVED || m.state() == MessageState.ANALYZED).toList();
        } catch (SQLException e) {
            ILog.of(AutomationPipeline.class).error("Cannot read " + messageIds.size() + " new messages; they wait in RECEIVED: "
                    + e.getMessage(), e);
            return new Routed(List.of(), List.of(), Map.of(), new PipelineResult(0, 0, 0, 0, messageIds.size()));
        }
        times.add(StepTimes.Step.LOAD, start);
        List<LoadedMessage> received = loaded.stream().filter(m -> m.state() == MessageState.RECEIVED).toList();
        Map<Long, AnalysisResult> results = new HashMap<>();
        start = System.nanoTime();
        analysisStep.analyze(received).forEach(r -> results.put(r.messageId(), r));
        times.add(StepTimes.Step.ANALYZE, start);
        int failed = received.size() - results.size();
        Batch batch = new Batch();
        start = System.nanoTime();
        batch.routeAll(loaded.stream()
                .filter(m -> m.state() == MessageState.ANALYZED || results.containsKey(m.id())).toList(), results);
        times.add(StepTimes.Step.ROUTE, start);
        return new Routed(loaded, batch.routed, batch.groups,
                new PipelineResult(results.size(), batch.outcomes, 0, batch.acknowledged, failed + batch.failed));
    }

    private PipelineResult suggestAndIndex(Routed batch) {
        synchronized (followUpLock) {
            long start = System.nanoTime();
            int suggested = suggest(batch.routed());
            times.add(StepTimes.Step.SUGGEST, start);
            start = System.nanoTime();
            addToIndex(batch.loaded(), batch.groups());
            times.add(StepTimes.Step.INDEX, start);
            return batch.result().withSuggested(suggested);
        }
    }

    /** Runs the pipeline over up to {@code limit} messages left waiting (e.g. by a crash or a failed step), oldest first. */
    public PipelineResult catchUp(int limit) {
        List<Long> waiting = new ArrayList<>();
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement(
                "SELECT id FROM er_message WHERE state IN ('RECEIVED', 'ANALYZED') ORDER BY id")) {
            st.setMaxRows(limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    waiting.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            ILog.of(AutomationPipeline.class).error("Cannot find waiting messages: " + e.getMessage(), e);
            return PipelineResult.NONE;
        }
        PipelineResult total = PipelineResult.NONE;
        for (int from = 0; from < waiting.size(); from += CATCH_UP_BATCH) {
            total = total.plus(process(waiting.subList(from, Math.min(waiting.size(), from + CATCH_UP_BATCH))));
        }
        return total;
    }

    /**
     * Routing of one batch with {@link RoutingService#routeAll} (one transaction; it counts a sender's acknowledgements
     * within the batch); message by message when the batch fails, so one bad message does not hold up the others.
     */
    private final class Batch {
        final List<RoutedMessage> routed = new ArrayList<>();
        final Map<Long, Long> groups = new HashMap<>();
        int outcomes;
        int acknowledged;
        int failed;

        void routeAll(List<LoadedMessage> messages, Map<Long, AnalysisResult> results) {
            if (messages.isEmpty()) {
                return;
            }
            Map<Long, RoutingOutcome> byId = new HashMap<>();
            try {
                Map<Long, MessageContent> contents = new HashMap<>();
                messages.forEach(m -> contents.put(m.id(), m.content()));
                routing.routeAll(MANAGER, messages.stream().map(LoadedMessage::id).toList(), contents).forEach(o -> byId.put(o.messageId(), o));
            } catch (RuntimeException e) {
                ILog.of(AutomationPipeline.class).warn("Routing " + messages.size() + " messages as a batch failed; routing them one by one: "
                        + e, e);
                messages.forEach(m -> route(m, results.get(m.id())));
                return;
            }
            for (LoadedMessage message : messages) {
                RoutingOutcome outcome = byId.get(message.id());
                if (outcome == null) {
                    continue; // another Manager routed it first
                }
                outcomes++;
                if (outcome.state() == MessageState.ROUTED) {
                    routed(message, results.get(message.id()), outcome);
                }
            }
        }

        void route(LoadedMessage message, AnalysisResult result) {
            try {
                Optional<RoutingOutcome> outcome = routing.route(MANAGER, message.id());
                if (outcome.isEmpty()) {
                    return; // another Manager routed it first
                }
                outcomes++;
                if (outcome.get().state() == MessageState.ROUTED) {
                    routed(message, result, outcome.get());
                }
            } catch (RuntimeException e) {
                failed++;
                ILog.of(AutomationPipeline.class).error("Routing message " + message.id() + " failed; it waits for the next run: " + e, e);
            }
        }

        private void routed(LoadedMessage message, AnalysisResult result, RoutingOutcome outcome) {
            if (outcome.autoAcknowledgeTemplate() != null) {
                try {
                    acknowledged += acknowledger.acknowledge(message.id(), outcome.autoAcknowledgeTemplate()).isPresent() ? 1 : 0;
                } catch (RuntimeException e) {
                    ILog.of(AutomationPipeline.class).error("Acknowledging message " + message.id() + " failed: " + e, e);
                }
            }
            if (outcome.groupName() != null) {
                classifier.learn(message.text(), outcome.groupName());
                groups.put(message.id(), outcome.groupId());
            }
            String language = result != null && result.language() != null ? result.language() : message.language();
            routed.add(new RoutedMessage(message.id(), message.text(), language, outcome.groupId(), outcome.suggestedTemplates()));
        }
    }

    private int suggest(List<RoutedMessage> routed) {
        try {
            suggestions.refresh();
            return suggestions.suggest(routed);
        } catch (SQLException | RuntimeException e) {
            ILog.of(AutomationPipeline.class).error("Template suggestions for " + routed.size() + " messages failed: " + e, e);
            return 0;
        }
    }

    private void addToIndex(List<LoadedMessage> messages, Map<Long, Long> groups) {
        if (index == null || messages.isEmpty()) {
            return;
        }
        try {
            index.indexAll(messages.stream().map(m -> new IndexedMessage(m.id(), groups.get(m.id()), m.input().subject(), m.input().body(),
                    m.input().fromAddress(), m.input().fromName(), null, m.input().receivedAt())).toList());
        } catch (RuntimeException e) {
            ILog.of(AutomationPipeline.class).error("Adding " + messages.size() + " messages to the search index failed: " + e, e);
        }
    }

    /** Time spent per step since start. */
    public StepTimes times() {
        return times;
    }

    /** Messages the group classifier has learned from. */
    public int classifierExamples() {
        return classifier.exampleCount();
    }

    @Override
    public synchronized void close() {
        synchronized (followUpLock) {
            suggestions.close();
            analysis.close();
            if (index != null) {
                index.close();
            }
        }
    }
}
