package org.emailresponder.manager.pipeline;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.core.MessageState;
import org.emailresponder.rules.MessageContent;
import org.emailresponder.search.MessageText;

/**
 * One stored message as the pipeline needs it, read with the rest of its batch.
 *
 * @param language the stored language (set by an earlier analysis), or null
 * @param content  what the rules read of it (handed to routing, which then does not read it again)
 */
record LoadedMessage(long id, MessageState state, AnalysisInput input, String language, MessageContent content) {

    MessageText text() {
        return new MessageText(input.subject(), input.body(), input.fromAddress(), input.fromName());
    }
}
