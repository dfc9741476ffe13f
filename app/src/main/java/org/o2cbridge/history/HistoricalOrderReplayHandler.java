package org.o2cbridge.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.outbox.ClaimedWork;
import org.o2cbridge.outbox.OutboxHandler;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a replayed dead letter of the migration: the one order and its lines, upserted into
 * Salesforce by the ERP's keys exactly as the job loads them (the same {@link OrderHistoryTarget}),
 * so replaying an order that got in meanwhile changes nothing. Refused again, it goes dead again
 * with Salesforce's new errors.
 */
@ApplicationScoped
public class HistoricalOrderReplayHandler implements OutboxHandler {

    @Inject
    OrderHistoryTarget salesforce;

    @Inject
    Jsonb jsonb;

    @Override
    public Set<String> actions() {
        return Set.of(RefusedOrders.ACTION);
    }

    @Override
    public Completion handle(ClaimedWork work) {
        HistoricalOrder order = jsonb.fromJson(work.payload(), HistoricalOrder.class);
        List<OrderHistoryTarget.Rejection> rejections = salesforce.load(List.of(order));
        if (!rejections.isEmpty()) {
            throw new RejectedCallException(OutboxRefusedOrders.SALESFORCE, null, "REFUSED",
                    rejections.stream().map(r -> r.recordKey() + ": " + r.error()).collect(Collectors.joining("; ")),
                    null);
        }
        return Completion.of("Loaded " + order.key() + " with " + order.lines().size() + " lines into Salesforce", null);
    }
}
