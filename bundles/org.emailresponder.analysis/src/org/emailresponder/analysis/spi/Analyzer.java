package org.emailresponder.analysis.spi;

/**
 * Finds facts in a message. Contributed through the extension point {@code org.emailresponder.analysis.analyzers};
 * one instance serves all messages, possibly from several threads at once, so keep it stateless or thread-safe.
 * <p>
 * Each call runs under a time budget (200 ms by default): an analyzer that throws or takes longer is logged and
 * skipped for that message, and its facts are dropped. Honour {@link Thread#interrupted()} in long loops.
 */
public interface Analyzer {

    /** Reads {@link AnalysisContext#input()} and earlier analyzers' facts, and adds facts of its own. */
    void analyze(AnalysisContext context) throws Exception;
}
