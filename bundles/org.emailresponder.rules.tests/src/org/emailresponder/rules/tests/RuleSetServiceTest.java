package org.emailresponder.rules.tests;

import static org.emailresponder.rules.tests.Rules.fact;
import static org.emailresponder.rules.tests.Rules.group;
import static org.emailresponder.rules.tests.Rules.rule;
import static org.emailresponder.rules.tests.Rules.ruleSet;
import static org.emailresponder.rules.tests.Rules.subject;
import static org.emailresponder.rules.tests.Rules.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.rules.RuleEngine;
import org.emailresponder.rules.RuleSetRevisionInfo;
import org.emailresponder.rules.RuleSetService;
import org.emailresponder.rules.RuleSimulator;
import org.emailresponder.rules.RoutingService;
import org.emailresponder.rules.SimulationReport;
import org.emailresponder.rules.model.Operator;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Test;

class RuleSetServiceTest {

    @Test
    void revisionsActivationHistoryExportAndImport() throws Exception {
        try (Fixture db = new Fixture(TestDatabases.H2)) {
            RuleSetService service = new RuleSetService(db.store);
            RuleSet v1 = ruleSet("main", rule("billing", when(subject(Operator.CONTAINS, "invoice")), group("Billing")));
            RuleSetRevisionInfo first = service.save(db.admin, v1, "first draft");
            RuleSet v2 = EcoreUtil.copy(v1);
            v2.getRules().add(rule("support", when(), group("Support")));
            RuleSetRevisionInfo second = service.save(db.admin, v2, "catch-all added");

            assertEquals(1, first.revision());
            assertEquals(2, second.revision());
            assertTrue(service.active().isEmpty(), "saving does not activate");

            service.activate(db.admin, "main", 2);
            assertEquals(2, service.active().orElseThrow().getRules().size());
            service.activate(db.admin, "main", 1);
            assertEquals(1, service.active().orElseThrow().getRules().size(), "activating an older revision rolls back");

            List<RuleSetRevisionInfo> history = service.history(db.admin, "main");
            assertEquals(List.of(2, 1), history.stream().map(RuleSetRevisionInfo::revision).toList());
            assertEquals("admin", history.get(0).createdBy());
            assertEquals("catch-all added", history.get(0).comment());
            assertEquals(List.of(false, true), history.stream().map(RuleSetRevisionInfo::active).toList());

            Path file = Files.createTempFile("rules", ".rules");
            service.exportTo(db.admin, "main", 2, file);
            RuleSetRevisionInfo imported = service.importFrom(db.admin, file, "round trip");
            assertEquals(3, imported.revision());
            assertTrue(EcoreUtil.equals(v2, service.load(db.admin, "main", 3)));

            long audits = db.store.read(em -> em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.action LIKE 'rules.%'",
                    Long.class).getSingleResult());
            assertEquals(5, audits, "3 saves (one by import) and 2 activations are audited");
        }
    }

    @Test
    void onlyRuleManagersMayChangeRulesAndInvalidSetsAreRefused() {
        try (Fixture db = new Fixture(TestDatabases.H2)) {
            RuleSetService service = new RuleSetService(db.store);
            UserSession agent = db.agent("bob", db.group("Support", AssignmentMode.MANUAL).id());
            RuleSet valid = ruleSet("main", rule("all", when(), group("Support")));

            assertThrows(AccessDeniedException.class, () -> service.save(agent, valid, null));
            assertThrows(AccessDeniedException.class, () -> service.activate(agent, "main", 1));
            ValidationException invalid = assertThrows(ValidationException.class,
                    () -> service.save(db.admin, ruleSet("main", rule("no actions", when())), null));
            assertTrue(invalid.getMessage().contains("actions"), invalid.getMessage());
            assertThrows(ValidationException.class, () -> service.activate(db.admin, "main", 7));
            assertTrue(service.history(db.admin, "").isEmpty());
        }
    }

    @Test
    void simulatorShowsWhatACandidateWouldChangeBeforeActivation() {
        try (Fixture db = new Fixture(TestDatabases.H2)) {
            db.group("Support", AssignmentMode.MANUAL);
            db.group("Billing", AssignmentMode.MANUAL);
            RuleEngine engine = new RuleEngine();
            RuleSetService service = new RuleSetService(db.store);
            service.save(db.admin, ruleSet("main", rule("all", when(), group("Support"))), null);
            service.activate(db.admin, "main", 1);
            db.message("a@example.org", "Invoice wrong", MessageState.RECEIVED, "category", "billing", "0.9");
            db.message("b@example.org", "Cannot log in", MessageState.RECEIVED, "category", "support", "0.9");
            db.message("c@example.org", "Refund please", MessageState.RECEIVED, "category", "billing", "0.6");
            new RoutingService(db.store, service, engine).routePending(UserSession.MANAGER_SERVICE, 10);

            RuleSet candidate = ruleSet("main", rule("billing", when(fact("category", "billing", 0.8)), group("Billing")),
                    rule("rest", when(), group("Support")));
            candidate.getRules().get(0).setStopProcessing(true);
            SimulationReport report = new RuleSimulator(db.store, engine).simulate(db.admin, candidate, 50);

            assertEquals(3, report.messages().size());
            assertEquals(1, report.changed(), "only the confident billing message moves");
            SimulationReport.SimulatedMessage moved = report.messages().stream().filter(SimulationReport.SimulatedMessage::changed)
                    .findFirst().orElseThrow();
            assertEquals("Invoice wrong", moved.subject());
            assertEquals("Support", moved.currentGroup());
            assertEquals("Billing", moved.newGroup());
            assertEquals("billing", moved.firstRule());
            assertEquals(3, report.countsBefore().get("Support"));
            assertEquals(2, report.countsAfter().get("Support"));
            assertEquals(1, report.countsAfter().get("Billing"));
            assertFalse(service.active().orElseThrow().getRules().size() == 2, "simulation activates nothing");
        }
    }
}
