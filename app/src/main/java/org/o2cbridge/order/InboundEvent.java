package org.o2cbridge.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An order event the bridge accepted. Its idempotency key is unique, so the same activation
 * delivered again is recognised and acknowledged without creating work a second time.
 */
@Entity
@Table(name = "inbound_event")
public class InboundEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_event_seq")
    @SequenceGenerator(name = "inbound_event_seq", sequenceName = "inbound_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, length = 255)
    private String idempotencyKey;

    @Column(name = "sf_order_id", nullable = false, length = 18)
    private String sfOrderId;

    @Column(name = "sf_account_id", nullable = false, length = 18)
    private String sfAccountId;

    @Column(name = "order_number", length = 30)
    private String orderNumber;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "received_from", length = 255)
    private String receivedFrom;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "payload", nullable = false, length = 1_000_000)
    private String payload;

    protected InboundEvent() {
    }

    InboundEvent(OrderEvent order, String payload, String receivedFrom, Instant receivedAt) {
        this.idempotencyKey = order.idempotencyKey();
        this.sfOrderId = order.sfOrderId();
        this.sfAccountId = order.account().sfAccountId();
        this.orderNumber = order.orderNumber();
        this.lineCount = order.lines().size();
        this.payload = payload;
        this.receivedFrom = receivedFrom;
        this.receivedAt = receivedAt;
    }

    public Long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String sfOrderId() {
        return sfOrderId;
    }

    public String sfAccountId() {
        return sfAccountId;
    }

    public int lineCount() {
        return lineCount;
    }

    public String receivedFrom() {
        return receivedFrom;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String payload() {
        return payload;
    }
}
