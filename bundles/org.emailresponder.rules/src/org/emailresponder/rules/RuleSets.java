package org.emailresponder.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.emailresponder.core.ValidationException;
import org.emailresponder.rules.model.AttachmentCondition;
import org.emailresponder.rules.model.Operator;
import org.emailresponder.rules.model.Rule;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.model.RulesPackage;
import org.emailresponder.rules.model.TextCondition;
import org.emailresponder.rules.model.TimeCondition;

/** Rule sets as XMI text and files, and their validation (EMF Diagnostician plus checks the model cannot express). */
public final class RuleSets {
    private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

    private RuleSets() {
    }

    public static String toXmi(RuleSet ruleSet) {
        RuleSet copy = EcoreUtil.copy(ruleSet);
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/ruleset.rules"));
        resource.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, OPTIONS);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write rule set " + ruleSet.getName(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Reads a rule set; partner EPackages must be registered (extension or EPackage.Registry). */
    public static RuleSet fromXmi(String xmi) {
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/ruleset.rules"));
        try {
            resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw new ValidationException("This is not a readable rule set: " + e.getMessage());
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleSet ruleSet)) {
            throw new ValidationException("The file does not contain a rule set");
        }
        return ruleSet;
    }

    public static RuleSet load(Path file) throws IOException {
        return fromXmi(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static void save(RuleSet ruleSet, Path file) throws IOException {
        Files.writeString(file, toXmi(ruleSet), StandardCharsets.UTF_8);
    }

    /** Problems in words an administrator understands; empty when the rule set may be saved. */
    public static List<String> problems(RuleSet ruleSet) {
        List<String> problems = new ArrayList<>();
        collect(Diagnostician.INSTANCE.validate(ruleSet), problems);
        for (TreeIterator<EObject> it = ruleSet.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            String regexProblem = regexProblem(object);
            if (regexProblem != null) {
                problems.add("Rule '" + ruleName(object) + "': invalid regular expression: " + regexProblem);
            }
            if (object.eClass() == RulesPackage.Literals.CONDITION || object.eClass() == RulesPackage.Literals.ACTION) {
                problems.add("Rule '" + ruleName(object) + "': a bare " + object.eClass().getName() + " does nothing");
            }
            if (object instanceof TimeCondition time && !validZone(time.getTimeZone())) {
                problems.add("Rule '" + ruleName(object) + "': unknown time zone '" + time.getTimeZone() + "'");
            }
        }
        return problems;
    }

    public static void requireValid(RuleSet ruleSet) {
        List<String> problems = problems(ruleSet);
        if (!problems.isEmpty()) {
            throw new ValidationException("The rule set '" + ruleSet.getName() + "' has problems:\n" + String.join("\n", problems));
        }
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.ERROR && diagnostic.getMessage() != null) {
            problems.add(diagnostic.getMessage());
        }
        diagnostic.getChildren().forEach(child -> collect(child, problems));
    }

    private static String regexProblem(EObject object) {
        if (object instanceof TextCondition text && text.getOperator() == Operator.REGEX && text.getValue() != null) {
            return problemOf(text.getValue());
        }
        if (object instanceof AttachmentCondition attachment && attachment.getFileNamePattern() != null
                && !attachment.getFileNamePattern().isBlank()) {
            return problemOf(attachment.getFileNamePattern());
        }
        return null;
    }

    private static boolean validZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return true;
        }
        try {
            java.time.ZoneId.of(zone);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static String problemOf(String regex) {
        try {
            java.util.regex.Pattern.compile(regex);
            return null;
        } catch (java.util.regex.PatternSyntaxException e) {
            return e.getDescription() + " in '" + regex + "'";
        }
    }

    private static String ruleName(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Rule rule) {
                return rule.getName();
            }
        }
        return "?";
    }
}
