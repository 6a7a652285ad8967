package org.emailresponder.manager.internal;

import org.emailresponder.store.DatabasePlatform;
import org.emailresponder.store.SequenceIds;

/** The store's {@link SequenceIds} under the name the automation pipeline still uses; new code uses SequenceIds. */
public final class IdBlocks extends SequenceIds {

    public IdBlocks(DatabasePlatform platform, String sequence) {
        super(platform, sequence);
    }
}
