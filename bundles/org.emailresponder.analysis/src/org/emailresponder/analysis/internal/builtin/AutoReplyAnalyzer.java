package org.emailresponder.analysis.internal.builtin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.FactKeys;
import org.emailresponder.analysis.spi.AnalysisContext;
import org.emailresponder.analysis.spi.Analyzer;

/**
 * Marks messages no person wrote for us: auto-replies, bounces, mail loops, mailing-list and bulk mail. Takes the mail
 * pipeline's classification when there is one, and reads the headers itself (RFC 3834 Auto-Submitted, Precedence,
 * X-Autoreply and friends, List-*, a null return path, multipart/report) to add the evidence as {@code auto.signal}
 * facts. The strongest kind becomes {@code auto.kind}.
 */
public final class AutoReplyAnalyzer implements Analyzer {
    public static final String AUTO_REPLY = "auto_reply";
    public static final String BOUNCE = "bounce";
    public static final String LOOP = "loop";
    public static final String LIST = "list";
    public static final String BULK = "bulk";

    private static final Pattern AUTO_SUBJECT = Pattern.compile("(?iu)^\\s*(auto(matic)?[ -]?(reply|response)"
            + "|out of (the )?office|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique"
            + "|respuesta autom[áa]tica|risposta automatica|afwezigheidsmelding|resposta autom[áa]tica)");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?iu)^\\s*(undeliver(ed|able)|delivery status"
            + "|returned mail|mail delivery failed|failure notice|unzustellbar)");
    private static final Pattern DAEMON = Pattern.compile("(?i)^(mailer-daemon|postmaster)@");

    @Override
    public void analyze(AnalysisContext context) {
        AnalysisInput input = context.input();
        Map<String, Double> kinds = new LinkedHashMap<>();
        String given = input.autoClassification();
        if (given != null && !given.isBlank() && !given.equalsIgnoreCase("none")) {
            signal(context, kinds, normalize(given), 1.0, "mail pipeline: " + given);
        }
        readAutoHeaders(context, input, kinds);
        readBounceSignals(context, input, kinds);
        readListHeaders(context, input, kinds);
        kinds.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(best -> context.add(FactKeys.AUTO_KIND, best.getKey(), best.getValue()));
    }

    private static void readAutoHeaders(AnalysisContext context, AnalysisInput input, Map<String, Double> kinds) {
        String autoSubmitted = input.header("Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
            signal(context, kinds, AUTO_REPLY, 0.95, "Auto-Submitted: " + autoSubmitted.strip());
        }
        for (String name : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response"}) {
            if (input.header(name) != null) {
                signal(context, kinds, AUTO_REPLY, 0.9, name + ": " + input.header(name).strip());
            }
        }
        String precedence = lower(input.header("Precedence"));
        if (precedence.equals("auto_reply")) {
            signal(context, kinds, AUTO_REPLY, 0.9, "Precedence: auto_reply");
        } else if (precedence.equals("bulk") || precedence.equals("junk")) {
            signal(context, kinds, BULK, 0.7, "Precedence: " + precedence);
        } else if (precedence.equals("list")) {
            signal(context, kinds, LIST, 0.7, "Precedence: list");
        }
        if (input.header("X-Loop") != null) {
            signal(context, kinds, LOOP, 0.85, "X-Loop: " + input.header("X-Loop").strip());
        }
        if (AUTO_SUBJECT.matcher(input.subject()).find()) {
            signal(context, kinds, AUTO_REPLY, 0.7, "Subject: " + input.subject().strip());
        }
    }

    private static void readBounceSignals(AnalysisContext context, AnalysisInput input, Map<String, Double> kinds) {
        String contentType = lower(input.header("Content-Type"));
        if (contentType.startsWith("multipart/report") && contentType.contains("delivery-status")) {
            signal(context, kinds, BOUNCE, 0.95, "Content-Type: multipart/report; report-type=delivery-status");
        }
        String returnPath = input.returnPath();
        boolean nullSender = returnPath != null && returnPath.replaceAll("[<>\\s]", "").isEmpty();
        boolean daemon = DAEMON.matcher(input.fromAddress()).find();
        if (nullSender || daemon) {
            boolean bounceSubject = BOUNCE_SUBJECT.matcher(input.subject()).find();
            double confidence = bounceSubject ? 0.9 : 0.6;
            signal(context, kinds, BOUNCE, confidence, nullSender ? "Return-Path: <>" : "From: " + input.fromAddress());
        }
    }

    private static void readListHeaders(AnalysisContext context, AnalysisInput input, Map<String, Double> kinds) {
        for (String name : new String[] {"List-Id", "List-Unsubscribe", "List-Post"}) {
            String value = input.header(name);
            if (value != null) {
                signal(context, kinds, LIST, 0.8, name + ": " + value.strip());
                return;
            }
        }
    }

    private static void signal(AnalysisContext context, Map<String, Double> kinds, String kind, double confidence,
            String evidence) {
        context.add(FactKeys.AUTO_SIGNAL, kind + " <- " + evidence, confidence);
        kinds.merge(kind, confidence, Math::max);
    }

    private static String normalize(String given) {
        String kind = given.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return kind.equals("autoreply") ? AUTO_REPLY : kind;
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
