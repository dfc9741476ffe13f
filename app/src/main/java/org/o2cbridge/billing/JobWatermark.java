package org.o2cbridge.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The last ERP change a job has committed; the job's next run reads the changes after it. */
@Entity
@Table(name = "job_watermark")
public class JobWatermark {

    @Id
    @Column(name = "job_name", length = 100)
    private String jobName;

    @Column(name = "watermark", nullable = false)
    private Instant watermark;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobWatermark() {
    }

    JobWatermark(String jobName, Instant watermark, Instant now) {
        this.jobName = jobName;
        this.watermark = watermark;
        this.updatedAt = now;
    }

    Instant watermark() {
        return watermark;
    }

    /** Moves forward only. */
    void advance(Instant to, Instant now) {
        if (to.isAfter(watermark)) {
            watermark = to;
            updatedAt = now;
        }
    }
}
