package org.o2cbridge.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * How far a recurring sync job has come against one system: it resumes from here, and the mark
 * moves only with committed work, so nothing between two runs is skipped.
 */
@Entity
@Table(name = "sync_watermark")
public class SyncWatermark {

    /** A job against one system. */
    @Embeddable
    public record Key(@Column(name = "job_name", length = 100) String jobName,
                      @Column(name = "target_system", length = 40) String targetSystem) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "watermark")
    private Instant watermark;

    @Column(name = "cursor_value", length = 1000)
    private String cursorValue;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SyncWatermark() {
    }

    public SyncWatermark(Key key, Instant watermark, Instant now) {
        this.key = key;
        this.watermark = watermark;
        this.updatedAt = now;
    }

    /** Moves forward only. */
    public void advance(Instant to, Instant now) {
        if (watermark == null || to.isAfter(watermark)) {
            watermark = to;
            updatedAt = now;
        }
    }

    public Key key() {
        return key;
    }

    public Instant watermark() {
        return watermark;
    }

    public String cursorValue() {
        return cursorValue;
    }
}
