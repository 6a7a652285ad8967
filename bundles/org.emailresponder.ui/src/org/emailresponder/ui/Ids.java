package org.emailresponder.ui;

/** Identifiers shared by the workbench bundles and the tests. */
public final class Ids {
    public static final String AGENT_PERSPECTIVE = "org.emailresponder.ui.agent.perspective";
    public static final String MANAGER_PERSPECTIVE = "org.emailresponder.ui.manager.perspective";
    public static final String AGENT_ACTIVITY = "org.emailresponder.ui.activity.answer";
    public static final String MANAGER_ACTIVITY = "org.emailresponder.ui.activity.manage";
    public static final String SHOW_AGENT_COMMAND = "org.emailresponder.ui.command.showAgentPerspective";
    public static final String SHOW_MANAGER_COMMAND = "org.emailresponder.ui.command.showManagerPerspective";
    public static final String NEW_USER_COMMAND = "org.emailresponder.ui.manager.command.newUser";
    public static final String NEW_GROUP_COMMAND = "org.emailresponder.ui.manager.command.newGroup";
    public static final String ROLE_VARIABLE = "org.emailresponder.ui.role";
    public static final String DATABASE_PREFERENCE_PAGE = "org.emailresponder.ui.preferences.database";
    /** System property that opens the workbench without the login dialog; honoured only when the UI test bundle is installed. */
    public static final String TEST_SKIP_LOGIN = "emailresponder.test.skipLogin";

    private Ids() {
    }
}
