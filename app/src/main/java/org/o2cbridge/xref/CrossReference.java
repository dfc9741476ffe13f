package org.o2cbridge.xref;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Links a Salesforce record to its counterpart in one ERP: the ERP's internal id and, for
 * documents, its number (e.g. a NetSuite sales order's tranId). A known customer costs no ERP call.
 */
@Entity
@Table(name = "xref")
public class CrossReference {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xref_seq")
    @SequenceGenerator(name = "xref_seq", sequenceName = "xref_seq", allocationSize = 50)
    private Long id;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "sf_id", nullable = false, length = 18)
    private String sfId;

    @Column(name = "target_system", nullable = false, length = 40)
    private String targetSystem;

    @Column(name = "erp_id", nullable = false, length = 100)
    private String erpId;

    @Column(name = "erp_number", length = 100)
    private String erpNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CrossReference() {
    }

    CrossReference(String entityType, String sfId, String targetSystem, String erpId, String erpNumber, Instant now) {
        this.entityType = entityType;
        this.sfId = sfId;
        this.targetSystem = targetSystem;
        this.createdAt = now;
        update(erpId, erpNumber, now);
    }

    void update(String newErpId, String newErpNumber, Instant now) {
        this.erpId = newErpId;
        this.erpNumber = newErpNumber;
        this.updatedAt = now;
    }

    public String entityType() {
        return entityType;
    }

    public String sfId() {
        return sfId;
    }

    public String targetSystem() {
        return targetSystem;
    }

    public String erpId() {
        return erpId;
    }

    public String erpNumber() {
        return erpNumber;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
