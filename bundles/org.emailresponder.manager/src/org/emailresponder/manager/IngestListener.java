package org.emailresponder.manager;

import java.util.List;

/**
 * Told after each committed ingest batch which new messages wait in state RECEIVED: the hook where analysis and
 * routing pick them up. Called on the Manager's thread; a listener that throws is logged and does not undo the batch
 * (the messages are stored; a routing engine must also find RECEIVED messages by query after a restart).
 */
public interface IngestListener {

    void received(long accountId, List<Long> messageIds);
}
