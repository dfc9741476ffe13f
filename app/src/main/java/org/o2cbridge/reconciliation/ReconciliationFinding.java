package org.o2cbridge.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One finding of a reconciliation run, as its report keeps it. */
@Entity
@Table(name = "reconciliation_finding")
public class ReconciliationFinding {

    static final int MAX_DETAIL = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_finding_seq")
    @SequenceGenerator(name = "reconciliation_finding_seq", sequenceName = "reconciliation_finding_seq", allocationSize = 50)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "sf_order_id", nullable = false, length = 18)
    private String sfOrderId;

    @Column(name = "order_number", length = 30)
    private String orderNumber;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "detail", nullable = false, length = MAX_DETAIL)
    private String detail;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ReconciliationFinding() {
    }

    ReconciliationFinding(long executionId, Finding finding, Instant recordedAt) {
        this.executionId = executionId;
        this.sfOrderId = finding.sfOrderId();
        this.orderNumber = finding.orderNumber();
        this.kind = finding.kind().name();
        String text = finding.detail() == null ? "" : finding.detail();
        this.detail = text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) : text;
        this.action = finding.action().name();
        this.recordedAt = recordedAt;
    }

    public long executionId() {
        return executionId;
    }

    public String sfOrderId() {
        return sfOrderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public String action() {
        return action;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
