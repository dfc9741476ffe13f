package org.o2cbridge.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One piece of work for an external system, written in the same transaction as the event that
 * caused it, so accepted work is never lost. Work of one aggregate runs in {@code sequenceNo} order.
 * Work that no received event caused (a record a batch job could not load) has no event and is
 * stored dead at once, for an operator to fix and replay.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "inbound_event_id")
    private Long inboundEventId;

    @Column(name = "aggregate_type", nullable = false, length = 40)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, length = 40)
    private String aggregateId;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(name = "target_system", nullable = false, length = 40)
    private String targetSystem;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "payload", nullable = false, length = 1_000_000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OutboxStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 100)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error", length = 4000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "resolved_by", length = 255)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution_comment", length = 4000)
    private String resolutionComment;

    @Column(name = "payload_edited_by", length = 255)
    private String payloadEditedBy;

    @Column(name = "payload_edited_at")
    private Instant payloadEditedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxEntry() {
    }

    OutboxEntry(Long inboundEventId, String aggregateType, String aggregateId, int sequenceNo, OutboxWork work,
                Instant now) {
        this.inboundEventId = inboundEventId;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.sequenceNo = sequenceNo;
        this.targetSystem = work.targetSystem();
        this.action = work.action();
        this.payload = work.payload();
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    /** The event that caused the work; null for work a batch job set aside. */
    public Long inboundEventId() {
        return inboundEventId;
    }

    /** Work a batch job could not do, stored dead at once with the target's error. */
    static OutboxEntry deadLetter(String aggregateType, String aggregateId, OutboxWork work, String error,
                                  Instant now) {
        OutboxEntry entry = new OutboxEntry(null, aggregateType, aggregateId, 1, work, now);
        entry.status = OutboxStatus.DEAD;
        entry.attempts = 1;
        entry.lastError = error;
        return entry;
    }

    /** A set-aside record refused again: its latest payload and error, dead again if it was replayed. */
    void refusedAgain(String newPayload, String error, Instant now) {
        this.payload = newPayload;
        this.lastError = error;
        this.status = OutboxStatus.DEAD;
        this.attempts++;
        this.updatedAt = now;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public int sequenceNo() {
        return sequenceNo;
    }

    public String targetSystem() {
        return targetSystem;
    }

    public String action() {
        return action;
    }

    public String payload() {
        return payload;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String resolutionComment() {
        return resolutionComment;
    }

    public String payloadEditedBy() {
        return payloadEditedBy;
    }

    public Instant payloadEditedAt() {
        return payloadEditedAt;
    }

    /** Replaces the payload of a dead letter, which stays dead until it is replayed. */
    void editPayload(String newPayload, String by, Instant now) {
        requireDead();
        payload = newPayload;
        payloadEditedBy = by;
        payloadEditedAt = now;
        updatedAt = now;
    }

    /** Puts a dead letter back in the queue as new work: due now, attempts from zero. */
    void replay(Instant now) {
        requireDead();
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        updatedAt = now;
    }

    /** Closes a dead letter without replaying it. */
    void resolve(String by, String comment, Instant now) {
        requireDead();
        status = OutboxStatus.RESOLVED;
        resolvedBy = by;
        resolvedAt = now;
        resolutionComment = comment;
        updatedAt = now;
    }

    private void requireDead() {
        if (status != OutboxStatus.DEAD) {
            throw new IllegalStateException("Outbox work " + id + " is " + status + ", not a dead letter");
        }
    }
}
