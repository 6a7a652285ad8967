package org.emailresponder.rules.spi;

/** The routing decision being built while the rules run; later actions override earlier ones. */
public interface DecisionBuilder {

    void assignGroup(String groupName);

    void assignUser(String login);

    void setPriority(int priority);

    void addTag(String tag);

    void block(String reason);

    void markSpam();

    void autoAcknowledge(String templateName, int maxPerSender, int periodHours);

    void suggestTemplate(String templateName);

    /** No rule after the current one runs. */
    void stopProcessing();

    /** Adds a line to the explanation of the current rule (what the action did). */
    void explain(String what);
}
