package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import org.o2cbridge.outbox.OutboxService;
import org.o2cbridge.outbox.OutboxWork;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records a batch of order events in one JTA transaction: an {@code inbound_event} row per new
 * idempotency key and, with it, the outbox work that syncs the order: its routing step, which
 * picks the ERP when it runs and then queues the customer and sales order steps for that ERP
 * ({@link OrderRoutingHandler}). Keys seen before, in the database or earlier in the same batch,
 * are duplicates and create nothing. Nothing is called out here: dispatch happens later, from the
 * outbox.
 */
@ApplicationScoped
public class OrderEventRecorder {

    static final String AGGREGATE_TYPE = "order";
    static final String ROUTE = "order.route";
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
                outbox.enqueue(event.id(), AGGREGATE_TYPE, order.sfOrderId(), List.of(routing(orderJson)), now);
            }
            results.add(new AcceptanceResponse.Result(order.sfOrderId(), order.idempotencyKey(),
                    isNew ? AcceptanceResponse.Outcome.ACCEPTED : AcceptanceResponse.Outcome.DUPLICATE,
                    "/api/v1/orders/" + order.sfOrderId()));
        }
        events.flush();
        return results;
    }

    /** The first step of an order's sync, which an accepted event queues (and a reconciliation again). */
    static OutboxWork routing(String orderJson) {
        return new OutboxWork(OrderRouter.ROUTING, ROUTE, orderJson);
    }
}
