package org.emailresponder.core;

/** An error as people read it: its own message, and the root cause when that says something the message does not. */
public final class Failures {
    private static final int MAX_DEPTH = 20;

    private Failures() {
    }

    /** One line: "message — cause: root cause message". */
    public static String describe(Throwable e) {
        return describe(e, " — cause: ");
    }

    public static String describe(Throwable e, String causeSeparator) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable root = rootCause(e);
        if (root == e || root.getMessage() == null || text.contains(root.getMessage())) {
            return text;
        }
        return text + causeSeparator + root.getMessage();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < MAX_DEPTH && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        return root;
    }
}
