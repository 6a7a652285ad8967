package org.emailresponder.manager.pipeline;

/**
 * What one run of the pipeline did to a batch.
 *
 * @param analyzed messages whose facts were stored
 * @param routed messages routing handled (ROUTED, BLOCKED or SPAM)
 * @param suggested messages that got at least one template suggestion
 * @param acknowledged automatic replies queued
 * @param failed messages a step failed for (logged; they wait in RECEIVED or ANALYZED for a later run)
 */
public record PipelineResult(int analyzed, int routed, int suggested, int acknowledged, int failed) {
    public static final PipelineResult NONE = new PipelineResult(0, 0, 0, 0, 0);

    public PipelineResult withSuggested(int count) {
        return new PipelineResult(analyzed, routed, count, acknowledged, failed);
    }

    public PipelineResult plus(PipelineResult o) {
        return new PipelineResult(analyzed + o.analyzed, routed + o.routed, suggested + o.suggested, acknowledged + o.acknowledged,
                failed + o.failed);
    }
}
