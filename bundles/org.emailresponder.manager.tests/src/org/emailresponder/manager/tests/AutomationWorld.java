package org.emailresponder.manager.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.NewUser;
import org.emailresponder.core.service.UserInfo;
import org.emailresponder.manager.IngestOptions;
import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.ReplySender;
import org.emailresponder.manager.internal.MailBundleParsing;
import org.emailresponder.manager.pipeline.AutomatedManager;
import org.emailresponder.manager.pipeline.AutomationPipeline;
import org.emailresponder.manager.pipeline.PipelineSettings;
import org.emailresponder.manager.transport.RegistryTransports;
import org.emailresponder.rules.RuleSetService;
import org.emailresponder.rules.model.Action;
import org.emailresponder.rules.model.AssignToGroup;
import org.emailresponder.rules.model.AutoAcknowledge;
import org.emailresponder.rules.model.Condition;
import org.emailresponder.rules.model.Operator;
import org.emailresponder.rules.model.Rule;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.model.RulesFactory;
import org.emailresponder.rules.model.TextCondition;
import org.emailresponder.store.StoreAuthentication;
import org.emailresponder.store.StoreUserDirectory;
import org.emailresponder.templates.TemplateData;
import org.emailresponder.templates.TemplateEngine;
import org.emailresponder.templates.TemplateLibrary;
import org.emailresponder.templates.TemplateVariables;

/** A {@link MailWorld} whose Manager runs the automation, with an admin, agents, groups, templates and rules. */
final class AutomationWorld implements AutoCloseable {
    static final RulesFactory F = RulesFactory.eINSTANCE;

    final MailWorld mail;
    final UserSession admin;
    final StoreUserDirectory directory;
    final TemplateLibrary templates;
    final Path indexFolder;
    AutomationPipeline pipeline;

    AutomationWorld() {
        this(org.emailresponder.store.tests.TestDatabases.H2);
    }

    AutomationWorld(String database) {
        mail = new MailWorld(database);
        PasswordHasher hasher = new PasswordHasher(1_000);
        admin = new StoreAuthentication(mail.store, hasher).createFirstAdmin("admin", "Ada Admin", "admin-pass-1".toCharArray());
        directory = new StoreUserDirectory(mail.store, hasher);
        templates = new TemplateLibrary(mail.store, new TemplateEngine(), TemplateVariables.fromPlatform());
        try {
            indexFolder = Files.createTempDirectory("er-index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the pipeline (after groups, templates and rules exist, as in a running installation) and wires it in. */
    void startManager(boolean automation) {
        PipelineSettings settings = new PipelineSettings(true, indexFolder, 5, 20_000, Map.of());
        pipeline = new AutomationPipeline(mail.store, mail.manager.replies(), settings);
        mail.manager = new ManagerContext(mail.store, mail.secrets, new RegistryTransports(), new MailBundleParsing(), IngestOptions.defaults(),
                ReplySender.Policy.defaults(), automation ? List.of(pipeline) : List.of(), "manager-A");
        mail.addAccount("support", mail.imapUrl(), false);
    }

    /** The production wiring instead: {@link AutomatedManager} with the automation on its own thread. */
    AutomatedManager startAutomatedManager() {
        Map<String, String> env = Map.of("EMAILRESPONDER_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        AutomatedManager automated = AutomatedManager.open(mail.store, env, new PipelineSettings(true, indexFolder, 5, 20_000, Map.of()));
        mail.manager = automated.context();
        mail.addAccount("support", mail.imapUrl(), false);
        return automated;
    }

    IngestResult fetch() throws SQLException {
        return mail.manager.service().fetch(true, ManagerListener.NONE);
    }

    long group(String name) {
        return directory.createGroup(admin, name, null, AssignmentMode.MANUAL).id();
    }

    UserSession agent(String login, long groupId) {
        UserInfo user = directory.createUser(admin, new NewUser(login, login.toUpperCase(), login + "@agents.example", Role.AGENT,
                "agent-pass-123".toCharArray(), Set.of(groupId)));
        return new UserSession(user.id(), user.login(), user.displayName(), Role.AGENT, new HashSet<>(Set.of(groupId)));
    }

    long template(String name, String subject, String body) {
        return templates.save(admin, TemplateData.of("Replies", name, "en", subject, body, null)).id();
    }

    void activateRules(Rule... rules) {
        RuleSet set = F.createRuleSet();
        set.setName("main");
        set.getRules().addAll(List.of(rules));
        RuleSetService service = new RuleSetService(mail.store);
        service.save(admin, set, null);
        service.activate(admin, "main", service.history(admin, "main").get(0).revision());
    }

    static Rule rule(String name, Condition condition, Action... actions) {
        Rule rule = F.createRule();
        rule.setName(name);
        rule.getConditions().add(condition);
        rule.getActions().addAll(List.of(actions));
        return rule;
    }

    static Condition subjectContains(String value) {
        return text(F.createSubjectCondition(), value);
    }

    static Condition senderContains(String value) {
        return text(F.createSenderCondition(), value);
    }

    private static Condition text(TextCondition condition, String value) {
        condition.setOperator(Operator.CONTAINS);
        condition.setValue(value);
        return condition;
    }

    static AssignToGroup toGroup(String name) {
        AssignToGroup action = F.createAssignToGroup();
        action.setGroupName(name);
        return action;
    }

    static AutoAcknowledge acknowledge(String templateName, int maxPerSender) {
        AutoAcknowledge action = F.createAutoAcknowledge();
        action.setTemplateName(templateName);
        action.setMaxPerSender(maxPerSender);
        action.setPeriodHours(24);
        return action;
    }

    /** The id of the message with this Message-ID header. */
    long messageId(String header) {
        return ((Number) mail.rows("SELECT id FROM er_message WHERE message_id_header = ?", header).get(0).get("id")).longValue();
    }

    /** Stored suggestions of a message, template ids best first. */
    List<Long> ranking(long messageId) {
        return mail.rows("SELECT template_id FROM er_template_suggestion WHERE message_id = ? ORDER BY rank_no", messageId).stream()
                .map(r -> ((Number) r.get("template_id")).longValue()).toList();
    }

    @Override
    public void close() {
        if (pipeline != null) {
            pipeline.close();
        }
        mail.close();
        TempFolders.delete(indexFolder);
    }
}
