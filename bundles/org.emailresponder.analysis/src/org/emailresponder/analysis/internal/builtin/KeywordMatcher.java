package org.emailresponder.analysis.internal.builtin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Aho–Corasick matching of many keywords at once, case-insensitive, whole words only. Compiled once; {@link #find} is
 * thread-safe and reports every match with its offsets in the original text (lowercasing keeps char positions).
 *
 * @param <T> what a keyword stands for
 */
public final class KeywordMatcher<T> {
    private final List<Node<T>> nodes;
    /** The root's transitions for ASCII, where nearly every character of a text is looked up. */
    private final int[] rootAscii = new int[128];

    private KeywordMatcher(List<Node<T>> nodes) {
        this.nodes = nodes;
        for (char c = 0; c < 128; c++) {
            rootAscii[c] = nodes.get(0).child(c);
        }
    }

    /** A keyword and its payload. */
    public record Keyword<T>(String text, T payload) {
    }

    /** A keyword found at {@code [start, end)}. */
    public record Match<T>(int start, int end, T payload) {
    }

    public static <T> KeywordMatcher<T> compile(List<Keyword<T>> keywords) {
        List<Node<T>> nodes = new ArrayList<>();
        nodes.add(new Node<>());
        for (Keyword<T> keyword : keywords) {
            String text = lower(keyword.text().strip());
            if (!text.isEmpty()) {
                insert(nodes, text, keyword.payload());
            }
        }
        linkFailures(nodes);
        return new KeywordMatcher<>(nodes);
    }

    private static <T> void insert(List<Node<T>> nodes, String text, T payload) {
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            int child = nodes.get(node).child(text.charAt(i));
            if (child < 0) {
                child = nodes.size();
                nodes.add(new Node<>());
                nodes.get(node).addChild(text.charAt(i), child);
            }
            node = child;
        }
        nodes.get(node).outputs.add(new Output<>(text.length(), payload));
    }

    private static <T> void linkFailures(List<Node<T>> nodes) {
        Deque<Integer> queue = new ArrayDeque<>();
        Node<T> root = nodes.get(0);
        for (int child : root.children) {
            nodes.get(child).failure = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node<T> node = nodes.get(queue.poll());
            for (int i = 0; i < node.keys.length; i++) {
                char c = node.keys[i];
                int child = node.children[i];
                int fallback = node.failure;
                while (fallback > 0 && nodes.get(fallback).child(c) < 0) {
                    fallback = nodes.get(fallback).failure;
                }
                int target = nodes.get(fallback).child(c);
                nodes.get(child).failure = target >= 0 && target != child ? target : 0;
                nodes.get(child).outputs.addAll(nodes.get(nodes.get(child).failure).outputs);
                queue.add(child);
            }
        }
    }

    /** Calls {@code sink} for every whole-word occurrence of a keyword, in order of where it ends. */
    public void find(CharSequence text, Consumer<Match<T>> sink) {
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            while (node > 0 && nodes.get(node).child(c) < 0) {
                node = nodes.get(node).failure;
            }
            int next = node == 0 && c < 128 ? rootAscii[c] : nodes.get(node).child(c);
            node = next < 0 ? 0 : next;
            List<Output<T>> outputs = nodes.get(node).outputs;
            for (int k = 0; k < outputs.size(); k++) {
                Output<T> output = outputs.get(k);
                int start = i + 1 - output.length;
                if (isBoundary(text, start - 1) && isBoundary(text, i + 1)) {
                    sink.accept(new Match<>(start, i + 1, output.payload));
                }
            }
        }
    }

    public boolean isEmpty() {
        return nodes.size() == 1;
    }

    private static boolean isBoundary(CharSequence text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private static String lower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(Character.toLowerCase(text.charAt(i)));
        }
        return out.toString();
    }

    private record Output<T>(int length, T payload) {
    }

    private static final class Node<T> {
        char[] keys = new char[0];
        int[] children = new int[0];
        int failure;
        final List<Output<T>> outputs = new ArrayList<>(1);

        int child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? -1 : children[i];
        }

        void addChild(char c, int child) {
            int at = -Arrays.binarySearch(keys, c) - 1;
            keys = insertAt(keys, at, c);
            int[] grown = new int[children.length + 1];
            System.arraycopy(children, 0, grown, 0, at);
            grown[at] = child;
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            children = grown;
        }

        private static char[] insertAt(char[] array, int at, char c) {
            char[] grown = new char[array.length + 1];
            System.arraycopy(array, 0, grown, 0, at);
            grown[at] = c;
            System.arraycopy(array, at, grown, at + 1, array.length - at);
            return grown;
        }
    }
}
