package org.emailresponder.templates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.Token;
import org.emailresponder.templates.TemplateProblem;
import org.stringtemplate.v4.STErrorListener;
import org.stringtemplate.v4.misc.ErrorType;
import org.stringtemplate.v4.misc.STCompiletimeMessage;
import org.stringtemplate.v4.misc.STLexerMessage;
import org.stringtemplate.v4.misc.STMessage;
import org.stringtemplate.v4.misc.STNoSuchPropertyException;
import org.stringtemplate.v4.misc.STRuntimeMessage;

/** Collects StringTemplate messages as {@link TemplateProblem}s with 1-based line and column, in words for authors. */
final class StMessages implements STErrorListener {
    private static final Pattern POSITION = Pattern.compile("(\\d+):(\\d+)");

    private final String part;
    private final List<TemplateProblem> problems = new ArrayList<>();

    StMessages(String part) {
        this.part = part;
    }

    List<TemplateProblem> problems() {
        return problems.stream().distinct().toList();
    }

    @Override
    public void compileTimeError(STMessage msg) {
        Token token = msg instanceof STCompiletimeMessage c ? c.token : null;
        if (token != null && token.getLine() > 0) {
            add(token.getLine(), token.getCharPositionInLine() + 1, "syntax error: " + describe(msg));
        } else {
            addAt(String.valueOf(msg), "syntax error: " + describe(msg));
        }
    }

    @Override
    public void runTimeError(STMessage msg) {
        if (msg.error == ErrorType.NO_SUCH_PROPERTY && String.valueOf(msg.arg).startsWith("null.")) {
            return; // a field of a missing value: the missing value is reported (or legitimately absent) already
        }
        String location = msg instanceof STRuntimeMessage r ? r.getSourceLocation() : null;
        addAt(location == null ? "" : location, runtimeText(msg));
    }

    @Override
    public void IOError(STMessage msg) {
        add(0, 0, describe(msg));
    }

    @Override
    public void internalError(STMessage msg) {
        add(0, 0, describe(msg));
    }

    private static String runtimeText(STMessage msg) {
        if (msg.error == ErrorType.NO_SUCH_ATTRIBUTE) {
            return "unknown variable '" + msg.arg + "'";
        }
        if (msg.error == ErrorType.NO_SUCH_PROPERTY && msg.cause instanceof STNoSuchPropertyException e) {
            String owner = e.o instanceof VariableObject v && !v.name().isEmpty() ? v.name() + " has no field '"
                    : "no field '";
            return owner + e.propertyName + "'";
        }
        if (msg.error == ErrorType.NO_SUCH_PROPERTY) {
            String arg = String.valueOf(msg.arg);
            return "no field '" + arg.substring(arg.lastIndexOf('.') + 1) + "'";
        }
        return describe(msg);
    }

    private static String describe(STMessage msg) {
        if (msg instanceof STLexerMessage lexer) {
            return lexer.msg;
        }
        String text = msg.error == null ? String.valueOf(msg) : String.format(msg.error.message, msg.arg, msg.arg2, msg.arg3);
        return text.replace("context [anonymous] ", "");
    }

    private void addAt(String text, String message) {
        Matcher m = POSITION.matcher(text);
        if (m.find()) {
            add(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1, message);
        } else {
            add(0, 0, message);
        }
    }

    private void add(int line, int column, String message) {
        problems.add(new TemplateProblem(part, line, column, message));
    }
}
