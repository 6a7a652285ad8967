package org.emailresponder.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.SubStatusLineManager;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.store.DemoData;
import org.emailresponder.ui.Ids;
import org.emailresponder.ui.SessionController;
import org.emailresponder.ui.SessionStatusItem;
import org.emailresponder.ui.agent.QueuesView;
import org.emailresponder.ui.manager.UsersView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the real Email Responder workbench on a fresh in-memory database: logs in as an agent, a supervisor
 * and an administrator exactly as the login dialog does, and checks which perspectives and commands each gets.
 */
class RoleWorkbenchTest {
    private static final String ADMIN_PASSWORD = DemoWorld.ADMIN_PASSWORD;
    private static final String START_SERVICE = "org.emailresponder.ui.manager.command.startService";
    private static final String FETCH_NOW = "org.emailresponder.ui.manager.command.fetchNow";
    private static DemoData.Loaded demo;

    @BeforeAll
    static void prepareDatabase() {
        demo = DemoWorld.demo();
    }

    @Test
    void agentGetsTheAgentPerspectiveOnly() throws Exception {
        UserSession anna = SessionController.login("anna", demo.passwords().get("anna").toCharArray()).orElseThrow();
        assertEquals(Role.AGENT, anna.role());
        IWorkbenchWindow window = window();
        Screenshots.waitUntil(() -> false, 300);

        assertEquals(Ids.AGENT_PERSPECTIVE, window.getActivePage().getPerspective().getId());
        assertFalse(activities().getActivity(Ids.MANAGER_ACTIVITY).isEnabled(), "manager activity disabled");
        assertTrue(WorkbenchActivityHelper.filterItem(perspective(Ids.MANAGER_PERSPECTIVE)), "Manager perspective filtered out");
        assertFalse(WorkbenchActivityHelper.filterItem(perspective(Ids.AGENT_PERSPECTIVE)));
        assertFalse(openPerspectives(window.getActivePage()).contains(Ids.MANAGER_PERSPECTIVE));
        for (String command : List.of(Ids.SHOW_MANAGER_COMMAND, Ids.NEW_USER_COMMAND, Ids.NEW_GROUP_COMMAND, START_SERVICE, FETCH_NOW)) {
            assertFalse(commands().getCommand(command).isEnabled(), command + " must be disabled for an agent");
        }
        assertThrows(NotEnabledException.class, () -> handlers().executeCommand(Ids.SHOW_MANAGER_COMMAND, null));

        // even if something opens the Manager perspective directly, the guard takes the agent back
        window.getWorkbench().showPerspective(Ids.MANAGER_PERSPECTIVE, window);
        assertTrue(Screenshots.waitUntil(() -> !openPerspectives(window.getActivePage()).contains(Ids.MANAGER_PERSPECTIVE), 5_000),
                "the Manager perspective is closed again for an agent");
        assertEquals(Ids.AGENT_PERSPECTIVE, window.getActivePage().getPerspective().getId());

        QueuesView queues = (QueuesView) window.getActivePage().findView(QueuesView.ID);
        assertNotNull(queues, "Queues view open");
        assertTrue(Screenshots.waitUntil(() -> queues.rowCount() == 2, 5_000), "anna sees the two Billing messages, saw " + queues.rowCount());
        assertTrue(window.getShell().getText().contains("(AGENT)"), window.getShell().getText());
        assertTrue(statusShows(window, "anna (AGENT) @ jdbc:h2:mem:"), "status line: " + statusText(window));
        Screenshots.save(window.getShell(), "agent");
    }

    @Test
    void supervisorGetsTheManagerPerspectiveWithoutUserAdministration() {
        SessionController.login("sofia", demo.passwords().get("sofia").toCharArray()).orElseThrow();
        IWorkbenchWindow window = window();
        Screenshots.waitUntil(() -> false, 300);

        assertEquals(Ids.MANAGER_PERSPECTIVE, window.getActivePage().getPerspective().getId());
        assertTrue(activities().getActivity(Ids.MANAGER_ACTIVITY).isEnabled());
        assertFalse(activities().getActivity(Ids.AGENT_ACTIVITY).isEnabled());
        assertTrue(commands().getCommand(Ids.SHOW_MANAGER_COMMAND).isEnabled());
        assertFalse(commands().getCommand(Ids.NEW_USER_COMMAND).isEnabled(), "only administrators create users");
        assertTrue(commands().getCommand(START_SERVICE).isEnabled(), "supervisors may run the Manager service");
        assertFalse(openPerspectives(window.getActivePage()).contains(Ids.AGENT_PERSPECTIVE));
    }

    @Test
    void adminGetsBothPerspectivesAndManagesUsers() throws Exception {
        UserSession admin = SessionController.login("admin", ADMIN_PASSWORD.toCharArray()).orElseThrow();
        assertEquals(Role.ADMIN, admin.role());
        IWorkbenchWindow window = window();
        Screenshots.waitUntil(() -> false, 300);

        assertEquals(Ids.MANAGER_PERSPECTIVE, window.getActivePage().getPerspective().getId());
        assertTrue(activities().getActivity(Ids.MANAGER_ACTIVITY).isEnabled());
        assertTrue(activities().getActivity(Ids.AGENT_ACTIVITY).isEnabled());
        assertFalse(WorkbenchActivityHelper.filterItem(perspective(Ids.MANAGER_PERSPECTIVE)));
        for (String command : List.of(Ids.SHOW_AGENT_COMMAND, Ids.SHOW_MANAGER_COMMAND, Ids.NEW_USER_COMMAND, Ids.NEW_GROUP_COMMAND)) {
            assertTrue(commands().getCommand(command).isEnabled(), command + " enabled for an administrator");
        }

        handlers().executeCommand(Ids.SHOW_AGENT_COMMAND, null);
        assertTrue(Screenshots.waitUntil(() -> Ids.AGENT_PERSPECTIVE.equals(window.getActivePage().getPerspective().getId()), 5_000));
        QueuesView queues = (QueuesView) window.getActivePage().findView(QueuesView.ID);
        assertTrue(Screenshots.waitUntil(() -> queues.rowCount() == demo.messages(), 5_000), "an administrator sees every group's queue");

        handlers().executeCommand(Ids.SHOW_MANAGER_COMMAND, null);
        assertTrue(Screenshots.waitUntil(() -> Ids.MANAGER_PERSPECTIVE.equals(window.getActivePage().getPerspective().getId()), 5_000));
        UsersView users = (UsersView) window.getActivePage().findView(UsersView.ID);
        assertNotNull(users, "Users view open");
        assertTrue(Screenshots.waitUntil(() -> users.rowCount() == demo.passwords().size() + 1, 5_000), "admin + demo users listed");
        assertTrue(statusShows(window, "admin (ADMIN) @ jdbc:h2:mem:"), "status line: " + statusText(window));
        Screenshots.save(window.getShell(), "manager");
    }

    private static IWorkbenchWindow window() {
        return DemoWorld.window();
    }

    /** The session text in the window's status line, as the user sees it. */
    private static String statusText(IWorkbenchWindow window) {
        IViewPart view = Arrays.stream(window.getActivePage().getViewReferences()).map(ref -> ref.getView(false))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow(); // any view that was created: they share the window's status line
        IStatusLineManager bars = view.getViewSite().getActionBars().getStatusLineManager();
        IContributionManager manager = bars instanceof SubStatusLineManager sub ? sub.getParent() : bars;
        return manager.find(SessionStatusItem.ID) instanceof SessionStatusItem item ? item.shownText() : null;
    }

    private static boolean statusShows(IWorkbenchWindow window, String prefix) {
        return Screenshots.waitUntil(() -> String.valueOf(statusText(window)).startsWith(prefix), 5_000);
    }

    private static IActivityManager activities() {
        return PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
    }

    private static IPerspectiveDescriptor perspective(String id) {
        IPerspectiveDescriptor descriptor = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
        assertNotNull(descriptor, id + " registered");
        return descriptor;
    }

    private static List<String> openPerspectives(IWorkbenchPage page) {
        return Arrays.stream(page.getOpenPerspectives()).map(IPerspectiveDescriptor::getId).toList();
    }

    private static ICommandService commands() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        return workbench.getService(ICommandService.class);
    }

    private static IHandlerService handlers() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
    }
}
