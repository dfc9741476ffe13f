package org.o2cbridge.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * The last change of an ERP ({@code system}) a job has committed; the job's next run for that ERP
 * reads the changes after it.
 */
@Entity
@Table(name = "job_watermark")
@IdClass(JobWatermark.Key.class)
public class JobWatermark {

    /** A job's watermark for one ERP. */
    public record Key(String jobName, String system) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "job_name", length = 100)
    private String jobName;

    @Id
    @Column(name = "erp_system", length = 40)
    private String system;

    @Column(name = "watermark", nullable = false)
    private Instant watermark;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobWatermark() {
    }

    JobWatermark(String jobName, String system, Instant watermark, Instant now) {
        this.jobName = jobName;
        this.system = system;
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
