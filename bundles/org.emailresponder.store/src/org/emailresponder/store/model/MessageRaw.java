package org.emailresponder.store.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a message exactly as they came from the server: the truth every parsed field derives from. */
@Entity
@Table(name = "er_message_raw")
public class MessageRaw {
    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "raw")
    private byte[] raw;

    protected MessageRaw() {
    }

    public MessageRaw(Long messageId, byte[] raw) {
        this.messageId = messageId;
        this.raw = raw;
    }

    public Long getMessageId() {
        return messageId;
    }

    public byte[] getRaw() {
        return raw;
    }
}
