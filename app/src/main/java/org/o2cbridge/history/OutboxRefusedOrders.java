package org.o2cbridge.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import org.o2cbridge.outbox.OutboxService;
import org.o2cbridge.outbox.OutboxWork;

import java.time.Clock;

/**
 * The migration's refused orders as dead letters of the outbox, each holding the whole order (its
 * lines too) as JSON, keyed by the ERP's order id: the dead-letter list, the console and replay treat
 * them like any failed work, and {@link HistoricalOrderReplayHandler} loads a replayed one.
 */
@ApplicationScoped
public class OutboxRefusedOrders implements RefusedOrders {

    /** The aggregate type of these letters: their aggregate id is the ERP's order id. */
    static final String AGGREGATE_TYPE = "history-order";
    static final String SALESFORCE = "salesforce";

    @Inject
    OutboxService outbox;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    @Override
    public void setAside(HistoricalOrder order, String errors) {
        outbox.deadLetter(AGGREGATE_TYPE, order.erpId(), new OutboxWork(SALESFORCE, ACTION, jsonb.toJson(order)), errors,
                clock.instant());
    }
}
