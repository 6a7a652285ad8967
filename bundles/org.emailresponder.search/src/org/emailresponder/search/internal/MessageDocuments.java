package org.emailresponder.search.internal;

import java.time.Instant;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.emailresponder.search.IndexedMessage;
import org.emailresponder.search.SearchHit;

/** Maps messages to Lucene documents and back. */
public final class MessageDocuments {
    public static final String ID = "id";
    public static final String GROUP = "group";
    public static final String SUBJECT = "subject";
    public static final String BODY = "body";
    public static final String FROM = "from";
    public static final String CONTACT = "contact";
    public static final String RECEIVED = "received";
    /** Group term of messages not routed to any group. */
    public static final String NO_GROUP = "-";

    private MessageDocuments() {
    }

    public static Document toDocument(IndexedMessage m) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(m.id()), Field.Store.YES));
        doc.add(new StringField(GROUP, groupTerm(m.groupId()), Field.Store.YES));
        doc.add(new TextField(SUBJECT, m.subject(), Field.Store.YES));
        doc.add(new TextField(BODY, bounded(m.body()), Field.Store.NO));
        doc.add(new TextField(FROM, m.fromAddress() + " " + m.fromName(), Field.Store.NO));
        doc.add(new StoredField("fromAddress", m.fromAddress()));
        doc.add(new TextField(CONTACT, m.contactName(), Field.Store.NO));
        if (m.receivedAt() != null) {
            doc.add(new StoredField(RECEIVED, m.receivedAt().toEpochMilli()));
        }
        return doc;
    }

    public static String groupTerm(Long groupId) {
        return groupId == null ? NO_GROUP : Long.toString(groupId);
    }

    public static SearchHit toHit(Document doc, float score) {
        String group = doc.get(GROUP);
        IndexableField received = doc.getField(RECEIVED);
        return new SearchHit(Long.parseLong(doc.get(ID)), NO_GROUP.equals(group) ? null : Long.valueOf(group),
                doc.get(SUBJECT), doc.get("fromAddress"),
                received == null ? null : Instant.ofEpochMilli(received.numericValue().longValue()), score);
    }

    private static String bounded(String text) {
        return text.length() > 100_000 ? text.substring(0, 100_000) : text;
    }
}
