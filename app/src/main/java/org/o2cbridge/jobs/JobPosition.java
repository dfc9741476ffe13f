package org.o2cbridge.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Where one part of an execution's work stands: the key of the last record committed in it. */
@Entity
@Table(name = "job_position")
@IdClass(JobPosition.Key.class)
public class JobPosition {

    /** An execution and a part of its work. */
    public record Key(long executionId, String part) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    @Column(name = "execution_id")
    private long executionId;

    @Id
    @Column(name = "part", length = 100)
    private String part;

    @Column(name = "job_name", nullable = false, length = 100)
    private String jobName;

    @Column(name = "position", nullable = false, length = 200)
    private String position;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobPosition() {
    }

    JobPosition(long executionId, String part, String jobName, String position, Instant now) {
        this.executionId = executionId;
        this.part = part;
        this.jobName = jobName;
        this.position = position;
        this.updatedAt = now;
    }

    String part() {
        return part;
    }

    String position() {
        return position;
    }

    void moveTo(String position, Instant now) {
        this.position = position;
        this.updatedAt = now;
    }
}
