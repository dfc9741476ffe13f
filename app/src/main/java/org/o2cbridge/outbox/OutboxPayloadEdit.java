package org.o2cbridge.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An operator's correction of a dead letter's payload: who, when, why, and the payload before and after. */
@Entity
@Table(name = "outbox_payload_edit")
public class OutboxPayloadEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "outbox_id", nullable = false)
    private long outboxId;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(name = "edited_by", nullable = false, length = 255)
    private String editedBy;

    @Column(name = "edit_comment", length = 4000)
    private String comment;

    @Column(name = "old_payload", nullable = false, length = 1_000_000)
    private String oldPayload;

    @Column(name = "new_payload", nullable = false, length = 1_000_000)
    private String newPayload;

    protected OutboxPayloadEdit() {
    }

    OutboxPayloadEdit(long outboxId, Instant editedAt, String editedBy, String comment, String oldPayload,
                      String newPayload) {
        this.outboxId = outboxId;
        this.editedAt = editedAt;
        this.editedBy = editedBy;
        this.comment = comment;
        this.oldPayload = oldPayload;
        this.newPayload = newPayload;
    }

    public long outboxId() {
        return outboxId;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String editedBy() {
        return editedBy;
    }

    public String comment() {
        return comment;
    }

    public String oldPayload() {
        return oldPayload;
    }

    public String newPayload() {
        return newPayload;
    }
}
