package org.emailresponder.templates.internal;

import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.emailresponder.templates.HeaderValues;
import org.emailresponder.templates.TemplateProblem;
import org.stringtemplate.v4.NoIndentWriter;
import org.stringtemplate.v4.ST;
import org.stringtemplate.v4.STErrorListener;
import org.stringtemplate.v4.STGroup;
import org.stringtemplate.v4.compiler.STException;
import org.stringtemplate.v4.misc.STMessage;

/**
 * StringTemplate 4 with {@code $...$} delimiters, one sandboxed group per output part, and compiled templates cached
 * by text (a template is compiled once, then copied per render).
 */
public final class StEngine {
    private static final int CACHE_LIMIT = 2_000;

    private final Map<OutputPart, STGroup> groups = new EnumMap<>(OutputPart.class);
    private final Map<OutputPart, Map<String, ST>> compiled = new EnumMap<>(OutputPart.class);

    public StEngine() {
        for (OutputPart part : OutputPart.values()) {
            STGroup group = new STGroup('$', '$');
            SandboxAdaptors.install(group);
            group.registerRenderer(Object.class, new ValueRenderer(part));
            group.setListener(new CompileSink());
            groups.put(part, group);
            compiled.put(part, new ConcurrentHashMap<>());
        }
    }

    /** Compile errors of the text, empty when it compiles. */
    public List<TemplateProblem> compileProblems(OutputPart part, String text) {
        StMessages messages = new StMessages(part.label());
        prototype(part, text, messages);
        return messages.problems();
    }

    /**
     * Renders the text; problems (syntax, unknown variables or fields) go to the sink and the affected expressions
     * render as nothing.
     */
    public String render(OutputPart part, String text, Map<String, Object> variables, Locale locale, List<TemplateProblem> sink) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StMessages messages = new StMessages(part.label());
        ST proto = prototype(part, text, messages);
        if (proto == null) {
            sink.addAll(messages.problems());
            return "";
        }
        ST st = new ST(proto);
        variables.forEach(st::add);
        StringWriter out = new StringWriter(text.length() + 64);
        st.write(new NoIndentWriter(out), locale, messages);
        sink.addAll(messages.problems());
        return part == OutputPart.HEADER ? HeaderValues.clean(out.toString()) : out.toString();
    }

    private ST prototype(OutputPart part, String text, StMessages messages) {
        Map<String, ST> cache = compiled.get(part);
        ST proto = cache.get(text);
        if (proto != null) {
            return proto;
        }
        STGroup group = groups.get(part);
        int problemsBefore = messages.problems().size();
        synchronized (group) {
            CompileSink.current.set(messages);
            try {
                proto = new ST(group, text);
            } catch (STException e) {
                return null;
            } finally {
                CompileSink.current.remove();
            }
        }
        if (messages.problems().size() > problemsBefore) {
            return proto; // usable, but compiled again next time so validation sees its problems again
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(text, proto);
        return proto;
    }

    /** Routes a group's compile messages to the thread compiling (groups are shared, compiles are rare). */
    private static final class CompileSink implements STErrorListener {
        static final ThreadLocal<STErrorListener> current = new ThreadLocal<>();

        private static void route(STMessage msg, boolean compile) {
            STErrorListener target = current.get();
            if (target != null) {
                if (compile) {
                    target.compileTimeError(msg);
                } else {
                    target.internalError(msg);
                }
            }
        }

        @Override
        public void compileTimeError(STMessage msg) {
            route(msg, true);
        }

        @Override
        public void runTimeError(STMessage msg) {
            route(msg, false);
        }

        @Override
        public void IOError(STMessage msg) {
            route(msg, false);
        }

        @Override
        public void internalError(STMessage msg) {
            route(msg, false);
        }
    }
}
