package org.o2cbridge.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The audit trail of the mapping tables: one row per add, change or delete of a mapping row, with
 * who did it, when, and the target value before and after. Written with the change it records and
 * never changed afterwards.
 */
@Entity
@Table(name = "value_map_audit")
public class MappingChange {

    /** What happened to the mapping row. */
    public enum Action {
        ADDED, CHANGED, DELETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "value_map_audit_seq")
    @SequenceGenerator(name = "value_map_audit_seq", sequenceName = "value_map_audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "target_system", nullable = false, length = 40)
    private String targetSystem;

    @Column(name = "map_type", nullable = false, length = 40)
    private String mapType;

    @Column(name = "source_value", nullable = false, length = 255)
    private String sourceValue;

    @Column(name = "action", nullable = false, length = 10)
    private String action;

    @Column(name = "old_target", length = 255)
    private String oldTarget;

    @Column(name = "new_target", length = 255)
    private String newTarget;

    @Column(name = "changed_by", nullable = false, length = 255)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MappingChange() {
    }

    MappingChange(ValueMapping row, Action action, String oldTarget, String newTarget, String by, Instant at) {
        this.targetSystem = row.targetSystem();
        this.mapType = row.mapType();
        this.sourceValue = row.sourceValue();
        this.action = action.name().toLowerCase();
        this.oldTarget = oldTarget;
        this.newTarget = newTarget;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String targetSystem() {
        return targetSystem;
    }

    public String mapType() {
        return mapType;
    }

    public String sourceValue() {
        return sourceValue;
    }

    public String action() {
        return action;
    }

    public String oldTarget() {
        return oldTarget;
    }

    public String newTarget() {
        return newTarget;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
