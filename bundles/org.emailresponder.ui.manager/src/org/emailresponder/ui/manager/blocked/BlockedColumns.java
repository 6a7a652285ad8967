package org.emailresponder.ui.manager.blocked;

import org.eclipse.jface.viewers.TableViewer;
import org.emailresponder.manager.BlockedSenders.Entry;
import org.emailresponder.ui.Widgets;

/** The columns of the blocked-senders table. */
final class BlockedColumns {

    private BlockedColumns() {
    }

    static void create(TableViewer viewer) {
        Widgets.column(viewer, "Kind", 80, Entry.class, e -> BlockedText.kind(e.kind()));
        Widgets.column(viewer, "Address, domain or pattern", 260, Entry.class, Entry::pattern);
        Widgets.column(viewer, "Reason", 360, Entry.class, Entry::reason);
        Widgets.column(viewer, "Created by", 100, Entry.class, Entry::createdBy);
        Widgets.column(viewer, "Created at", 130, Entry.class, e -> BlockedText.time(e.createdAt()));
    }
}
