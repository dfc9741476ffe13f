package org.o2cbridge.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A record a job run set aside or the target system refused, with the reason. */
@Entity
@Table(name = "job_skipped_record")
public class SkippedRecord {

    static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_skipped_record_seq")
    @SequenceGenerator(name = "job_skipped_record_seq", sequenceName = "job_skipped_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "job_name", nullable = false, length = 100)
    private String jobName;

    @Column(name = "step_name", nullable = false, length = 100)
    private String stepName;

    @Column(name = "record_key", nullable = false, length = 200)
    private String recordKey;

    @Column(name = "kind", nullable = false, length = 10)
    private String kind;

    @Column(name = "reason", nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SkippedRecord() {
    }

    SkippedRecord(long executionId, String jobName, String stepName, String recordKey, String kind, String reason,
                  Instant recordedAt) {
        this.executionId = executionId;
        this.jobName = jobName;
        this.stepName = stepName;
        this.recordKey = recordKey;
        this.kind = kind;
        this.reason = reason == null ? "no reason given"
                : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        this.recordedAt = recordedAt;
    }

    public long executionId() {
        return executionId;
    }

    public String jobName() {
        return jobName;
    }

    public String stepName() {
        return stepName;
    }

    public String recordKey() {
        return recordKey;
    }

    public String kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
