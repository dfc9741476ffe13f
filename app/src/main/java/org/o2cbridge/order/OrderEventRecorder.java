package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.outbox.OutboxService;
import org.o2cbridge.outbox.OutboxWork;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records a batch of order events in one JTA transaction: an {@code inbound_event} row per new
 * idempotency key and, with it, the outbox work that syncs the order (customer first, then the
 * sales order). Keys seen before, in the database or earlier in the same batch, are duplicates and
 * create nothing. Nothing is called out here: dispatch happens later, from the outbox.
 */
@ApplicationScoped
public class OrderEventRecorder {

    static final String AGGREGATE_TYPE = "order";
    static final String UPSERT_CUSTOMER = "customer.upsert";
    static final String UPSERT_SALES_ORDER = "sales-order.upsert";
    static final String READ_ORDER_NUMBER = "sales-order.read-number";
    static final String WRITE_BACK = "order.write-back";
    static final String WRITE_BACK_AGGREGATE = "order-write-back";
    static final String SALESFORCE = "salesforce";

    @Inject
    InboundEventRepository events;

    @Inject
    OutboxService outbox;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "o2c.erp.default-system", defaultValue = "netsuite")
    String defaultErp;

    /**
     * Interim routing until rules by legal entity arrive: {@code LE=system} pairs, comma-separated
     * (e.g. {@code USMF=d365}); an order whose legal entity is not listed goes to the default ERP.
     */
    @Inject
    @ConfigProperty(name = "o2c.erp.system-by-legal-entity")
    Optional<String> systemByLegalEntity;

    @Transactional
    public List<AcceptanceResponse.Result> record(List<OrderEvent> orders, String receivedFrom) {
        Set<String> seen = new HashSet<>(events.existingKeys(orders.stream().map(OrderEvent::idempotencyKey).toList()));
        Instant now = clock.instant();
        List<AcceptanceResponse.Result> results = new ArrayList<>(orders.size());
        for (OrderEvent order : orders) {
            boolean isNew = seen.add(order.idempotencyKey());
            if (isNew) {
                String orderJson = jsonb.toJson(order);
                InboundEvent event = new InboundEvent(order, orderJson, receivedFrom, now);
                events.add(event);
                outbox.enqueue(event.id(), AGGREGATE_TYPE, order.sfOrderId(), List.of(
                        new OutboxWork(erpOf(order), UPSERT_CUSTOMER, jsonb.toJson(
                                new CustomerWork(order.account(), order.currency(), order.legalEntity()))),
                        new OutboxWork(erpOf(order), UPSERT_SALES_ORDER, orderJson)), now);
            }
            results.add(new AcceptanceResponse.Result(order.sfOrderId(), order.idempotencyKey(),
                    isNew ? AcceptanceResponse.Outcome.ACCEPTED : AcceptanceResponse.Outcome.DUPLICATE,
                    "/api/v1/orders/" + order.sfOrderId()));
        }
        events.flush();
        return results;
    }

    private String erpOf(OrderEvent order) {
        if (order.legalEntity() != null && systemByLegalEntity.isPresent()) {
            for (String pair : systemByLegalEntity.get().split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).strip().equals(order.legalEntity())) {
                    return pair.substring(eq + 1).strip();
                }
            }
        }
        return defaultErp;
    }
}
