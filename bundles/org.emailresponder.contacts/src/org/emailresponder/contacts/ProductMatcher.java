package org.emailresponder.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every product name, code and alias in a text in one pass (Aho–Corasick over lower-case characters).
 * Terms match whole words only: "Pro" is not found inside "Product". Overlapping matches keep the longest, leftmost
 * one. Built once per catalog version, immutable and safe to share between threads.
 */
public final class ProductMatcher {
    private final Node root = new Node();

    ProductMatcher(Map<String, Long> termToProduct) {
        termToProduct.forEach(this::add);
        link();
    }

    /** A matcher over the given products (names, codes and aliases). */
    public static ProductMatcher of(List<ProductData> products) {
        Map<String, Long> terms = new HashMap<>();
        for (ProductData p : products) {
            terms.putIfAbsent(p.name(), p.id());
            terms.putIfAbsent(p.code(), p.id());
            p.aliases().forEach(a -> terms.putIfAbsent(a, p.id()));
        }
        return new ProductMatcher(terms);
    }

    public List<ProductMention> find(CharSequence text) {
        List<ProductMention> raw = new ArrayList<>();
        Node state = root;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            while (state != root && !state.next.containsKey(c)) {
                state = state.fail;
            }
            state = state.next.getOrDefault(c, root);
            for (Node out = state; out != root; out = out.fail) {
                if (out.term != null && isWordAt(text, i + 1 - out.term.length(), i + 1)) {
                    raw.add(new ProductMention(out.productId, i + 1 - out.term.length(), i + 1, out.term));
                }
            }
        }
        return longestLeftmost(raw);
    }

    private void add(String term, Long productId) {
        if (term == null || term.isBlank() || productId == null) {
            return;
        }
        Node node = root;
        for (char c : term.strip().toCharArray()) {
            node = node.next.computeIfAbsent(Character.toLowerCase(c), k -> new Node());
        }
        node.term = term.strip();
        node.productId = productId;
    }

    private void link() {
        List<Node> queue = new ArrayList<>();
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        for (int head = 0; head < queue.size(); head++) {
            Node node = queue.get(head);
            for (Map.Entry<Character, Node> edge : node.next.entrySet()) {
                Node fail = node.fail;
                while (fail != root && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                Node target = fail.next.get(edge.getKey());
                edge.getValue().fail = target != null && target != edge.getValue() ? target : root;
                queue.add(edge.getValue());
            }
        }
    }

    private static boolean isWordAt(CharSequence text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static List<ProductMention> longestLeftmost(List<ProductMention> raw) {
        raw.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<ProductMention> kept = new ArrayList<>();
        int coveredUntil = 0;
        for (ProductMention m : raw) {
            if (m.start() >= coveredUntil) {
                kept.add(m);
                coveredUntil = m.end();
            }
        }
        return kept;
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Node fail;
        String term;
        long productId;
    }
}
