package org.emailresponder.mail.internal.mime;

import java.util.ArrayList;
import java.util.List;

/** Collects what was odd in a message, once per distinct sentence, bounded so a hostile message stays small. */
public final class Problems {
    private static final int MAX = 50;
    private final List<String> list = new ArrayList<>(0);

    public void add(String problem) {
        if (list.size() < MAX && !list.contains(problem)) {
            list.add(problem);
        }
    }

    public List<String> toList() {
        return List.copyOf(list);
    }
}
