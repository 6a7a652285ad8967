package org.emailresponder.contacts;

/**
 * A product name, code or alias found in a text.
 *
 * @param start offset of the first character in the searched text
 * @param end offset after the last character
 * @param term the catalog term that matched (as written in the catalog)
 */
public record ProductMention(long productId, int start, int end, String term) {
}
