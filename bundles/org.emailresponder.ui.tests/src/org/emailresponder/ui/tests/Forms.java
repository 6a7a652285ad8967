package org.emailresponder.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Fills real dialogs the way a user sees them: a field is found by the label in front of it (inside a titled group
 * where labels repeat), buttons by their text. Selection events are sent as a click would send them.
 */
final class Forms {
    private final Composite root;

    private Forms(Composite root) {
        this.root = root;
    }

    static Forms of(Composite root) {
        return new Forms(root);
    }

    /** Runs the filler once a shell with this title is open (polled from the event loop, so modal dialogs work). */
    static void whenOpen(String title, Consumer<Shell> filler) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 20_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell shell = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText()))
                    .findFirst().orElse(null);
            if (shell != null) {
                filler.accept(shell);
            } else if (System.currentTimeMillis() < end) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    Forms group(String title) {
        return new Forms(find(root, Group.class, g -> g.getText().equals(title)));
    }

    Forms text(String label, String value) {
        ((Text) field(label)).setText(value);
        return this;
    }

    Forms spinner(String label, int value) {
        ((Spinner) field(label)).setSelection(value);
        return this;
    }

    Forms combo(String label, String item) {
        Combo combo = (Combo) field(label);
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        if (index < 0) {
            throw new AssertionError("no item '" + item + "' in " + Arrays.toString(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        return this;
    }

    /** Clicks the radio button with this text: it becomes the only one selected among its siblings. */
    Forms choose(String radioText) {
        Button radio = find(root, Button.class, b -> (b.getStyle() & SWT.RADIO) != 0 && b.getText().replace("&", "").equals(radioText));
        for (Control sibling : radio.getParent().getChildren()) {
            if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
                other.setSelection(other == radio);
            }
        }
        radio.notifyListeners(SWT.Selection, new Event());
        return this;
    }

    void press(String buttonText) {
        Button button = find(root, Button.class, b -> b.getText().replace("&", "").equals(buttonText));
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Every text the user can read in the form (to explain a failure). */
    String visibleTexts() {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return String.join(" | ", texts);
    }

    private Control field(String label) {
        Label found = find(root, Label.class, l -> l.getText().equals(label));
        Control[] siblings = found.getParent().getChildren();
        return siblings[Arrays.asList(siblings).indexOf(found) + 1];
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> match) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && match.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                try {
                    return find(composite, type, match);
                } catch (AssertionError notHere) {
                    // keep looking in the next child
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " matching in " + parent);
    }

    private static void collect(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isBlank()) {
                texts.add(label.getText());
            } else if (child instanceof Text text && !text.getText().isBlank()) {
                texts.add(text.getText());
            } else if (child instanceof Composite composite) {
                collect(composite, texts);
            }
        }
    }
}
