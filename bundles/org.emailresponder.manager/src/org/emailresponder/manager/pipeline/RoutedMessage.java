package org.emailresponder.manager.pipeline;

import java.util.List;

import org.emailresponder.search.MessageText;

/** A message routing put in a group: what the suggester and the index need of it. */
record RoutedMessage(long id, MessageText text, String language, Long groupId, List<String> hintedTemplates) {
}
