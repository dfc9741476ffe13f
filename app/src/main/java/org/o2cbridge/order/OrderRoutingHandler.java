package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import org.o2cbridge.outbox.ClaimedWork;
import org.o2cbridge.outbox.OutboxHandler;
import org.o2cbridge.outbox.OutboxService;
import org.o2cbridge.outbox.OutboxWork;
import org.o2cbridge.xref.CrossReferenceService;

import java.time.Clock;
import java.util.Set;

/**
 * The first step of every accepted order: routes it to its ERP ({@link OrderRouter}) when the work
 * runs, not when the event arrives, and queues the ERP steps (customer, then sales order; no
 * customer step when the cross-reference knows the customer in that ERP) for that system in the
 * transaction that marks the routing done. A routing that fails (no mapping for the
 * legal entity) is a dead letter naming the missing row; replayed after the row is added, the order
 * is routed again and syncs. No external system is called here.
 */
@ApplicationScoped
public class OrderRoutingHandler implements OutboxHandler {

    @Inject
    OrderRouter router;

    @Inject
    OutboxService outbox;

    @Inject
    OrderSyncHandler sync;

    @Inject
    CrossReferenceService xref;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    @Override
    public Set<String> actions() {
        return Set.of(OrderEventRecorder.ROUTE);
    }

    @Override
    public Completion handle(ClaimedWork work) {
        OrderEvent order = jsonb.fromJson(work.payload(), OrderEvent.class);
        OrderRouter.Route route = router.route(order.legalEntity());
        // A customer the ERP knows already needs no step of its own (it would make no call); an
        // unknown one gets its step, and the sales order step upserts it anyway if that one is lost.
        boolean customerKnown = xref.find(CrossReferenceService.ACCOUNT, order.account().sfAccountId(),
                route.system()).isPresent();
        return new Completion("Routed to " + route.system() + ": " + route.reason()
                + (customerKnown ? "; customer known there" : ""), null, () -> {
            if (!customerKnown) {
                String customer = jsonb.toJson(new CustomerWork(order.account(), order.currency(), order.legalEntity()));
                outbox.enqueueFollowUp(work.inboundEventId(), OrderEventRecorder.AGGREGATE_TYPE, order.sfOrderId(),
                        new OutboxWork(route.system(), OrderEventRecorder.UPSERT_CUSTOMER, customer), clock.instant());
            }
            outbox.enqueueFollowUp(work.inboundEventId(), OrderEventRecorder.AGGREGATE_TYPE, order.sfOrderId(),
                    new OutboxWork(route.system(), OrderEventRecorder.UPSERT_SALES_ORDER, work.payload()), clock.instant());
        });
    }

    /** The Salesforce order shows {@code Failed} with the reason, as for a dead ERP step. */
    @Override
    public void onDead(ClaimedWork work, String reason) {
        sync.onDead(work, reason);
    }
}
