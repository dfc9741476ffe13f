package org.o2cbridge.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One attempt at a piece of outbox work and how it ended: a line of the order's timeline. */
@Entity
@Table(name = "outbox_attempt")
public class OutboxAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_attempt_seq")
    @SequenceGenerator(name = "outbox_attempt_seq", sequenceName = "outbox_attempt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "outbox_id", nullable = false)
    private long outboxId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "outcome", nullable = false, length = 16)
    private String outcome;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "detail", length = 4000)
    private String detail;

    protected OutboxAttempt() {
    }

    OutboxAttempt(long outboxId, int attemptNo, Instant startedAt, Instant finishedAt, String outcome,
                  Integer httpStatus, String detail) {
        this.outboxId = outboxId;
        this.attemptNo = attemptNo;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = outcome;
        this.httpStatus = httpStatus;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
    }

    public long outboxId() {
        return outboxId;
    }

    public int attemptNo() {
        return attemptNo;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String outcome() {
        return outcome;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String detail() {
        return detail;
    }
}
