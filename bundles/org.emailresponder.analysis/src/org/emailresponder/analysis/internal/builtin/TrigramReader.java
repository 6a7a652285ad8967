package org.emailresponder.analysis.internal.builtin;

/**
 * Reads the letter trigrams of a text: letters lowercased, every run of non-letters one blank, words padded with a
 * blank on both sides. Each trigram is packed into a long (three 16-bit chars); -1 marks the end.
 */
final class TrigramReader {
    private final CharSequence text;
    private final int limit;
    private int index;
    private char first = ' ';
    private char second = ' ';
    private boolean ended;

    TrigramReader(CharSequence text, int maxChars) {
        this.text = text;
        this.limit = Math.min(text.length(), maxChars);
    }

    long next() {
        while (index < limit) {
            char c = normalize(text.charAt(index++));
            if (c == ' ' && second == ' ') {
                continue;
            }
            long trigram = pack(first, second, c);
            first = second;
            second = c;
            if (!(first == ' ' && c == ' ')) {
                return trigram;
            }
        }
        if (!ended && second != ' ') {
            ended = true;
            long trigram = pack(first, second, ' ');
            first = second;
            second = ' ';
            return trigram;
        }
        return -1;
    }

    private static char normalize(char c) {
        return Character.isLetter(c) ? Character.toLowerCase(c) : ' ';
    }

    private static long pack(char a, char b, char c) {
        return ((long) a << 32) | ((long) b << 16) | c;
    }
}
