package org.o2cbridge.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** How many records an execution expects to handle and how many it has handled. */
@Entity
@Table(name = "job_estimate")
public class JobEstimate {

    @Id
    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "job_name", nullable = false, length = 100)
    private String jobName;

    @Column(name = "estimated_total", nullable = false)
    private long estimatedTotal;

    @Column(name = "done", nullable = false)
    private long done;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobEstimate() {
    }

    JobEstimate(long executionId, String jobName, long estimatedTotal, Instant now) {
        this.executionId = executionId;
        this.jobName = jobName;
        this.estimatedTotal = estimatedTotal;
        this.updatedAt = now;
    }

    public long estimatedTotal() {
        return estimatedTotal;
    }

    public long done() {
        return done;
    }

    void expect(long total, Instant now) {
        estimatedTotal = total;
        updatedAt = now;
    }

    void add(long count, Instant now) {
        done += count;
        updatedAt = now;
    }
}
