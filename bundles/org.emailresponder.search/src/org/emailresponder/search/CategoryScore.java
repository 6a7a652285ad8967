package org.emailresponder.search;

/**
 * One predicted category.
 *
 * @param category   the label learned from past decisions (e.g. a group id or a category name)
 * @param confidence estimated probability in [0, 1]; the confidences of all categories sum to 1
 */
public record CategoryScore(String category, double confidence) {
}
