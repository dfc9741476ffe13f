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
 * One row of a mapping table: within a target system and map type (unit of measure, currency,
 * country, legal entity, ...), the ERP's value for a Salesforce value. Operators edit these rows;
 * code never hard-codes them.
 */
@Entity
@Table(name = "value_map")
public class ValueMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "value_map_seq")
    @SequenceGenerator(name = "value_map_seq", sequenceName = "value_map_seq", allocationSize = 50)
    private Long id;

    @Column(name = "target_system", nullable = false, length = 40)
    private String targetSystem;

    @Column(name = "map_type", nullable = false, length = 40)
    private String mapType;

    @Column(name = "source_value", nullable = false, length = 255)
    private String sourceValue;

    @Column(name = "target_value", nullable = false, length = 255)
    private String targetValue;

    @Column(name = "updated_by", nullable = false, length = 255)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ValueMapping() {
    }

    ValueMapping(String targetSystem, String mapType, String sourceValue, String targetValue, String by, Instant now) {
        this.targetSystem = targetSystem;
        this.mapType = mapType;
        this.sourceValue = sourceValue;
        change(targetValue, by, now);
    }

    void change(String newTargetValue, String by, Instant now) {
        this.targetValue = newTargetValue;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
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

    public String targetValue() {
        return targetValue;
    }
}
