package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.connector.salesforce.OrderWriteBack;
import org.o2cbridge.connector.salesforce.SalesforceGateway;
import org.o2cbridge.connector.salesforce.WriteBackResult;
import org.o2cbridge.outbox.ClaimedWork;
import org.o2cbridge.outbox.FailureOutcomes;
import org.o2cbridge.outbox.OutboxHandler;
import org.o2cbridge.outbox.OutboxOutcomes;
import org.o2cbridge.outbox.WorkRunner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Sends one batch of claimed write-backs to Salesforce in one sObject Collections call and records
 * each order's outcome: done, due again (a row lock or a throttled call), or dead with Salesforce's
 * own status code and message (e.g. the order was deleted).
 */
@ApplicationScoped
public class OrderWriteBackSender {

    private static final Set<String> RETRYABLE_CODES = Set.of("UNABLE_TO_LOCK_ROW", "REQUEST_LIMIT_EXCEEDED",
            "SERVER_UNAVAILABLE");

    @Inject
    SalesforceGateway salesforce;

    @Inject
    OutboxOutcomes outcomes;

    @Inject
    FailureOutcomes failures;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    void send(List<ClaimedWork> batch) {
        Instant started = clock.instant();
        List<OrderWriteBack> records = batch.stream().map(this::toWriteBack).toList();
        List<WriteBackResult> results;
        try {
            results = salesforce.writeBack(records);
        } catch (RetryableCallException e) {
            String error = WorkRunner.describe(e);
            batch.forEach(work -> failures.retryOrGiveUp(work, started, e.httpStatus(), error,
                    e.retryAfter().orElse(null), () -> { }));
            return;
        } catch (RejectedCallException e) {
            String reason = WorkRunner.describe(e);
            batch.forEach(work -> outcomes.dead(work, started, e.httpStatus(), reason, () -> { }));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            record(batch.get(i), records.get(i), results.get(i), started);
        }
    }

    private void record(ClaimedWork work, OrderWriteBack sent, WriteBackResult result, Instant started) {
        if (result.success()) {
            outcomes.done(work, started, OutboxHandler.Completion.of("Salesforce order set to " + sent.syncStatus()
                    + (sent.erpOrderNumber() == null ? "" : " with ERP number " + sent.erpOrderNumber())
                    + " (one call for " + OrderWriteBackBatcher.MAX_BATCH + " at most)", 200));
            return;
        }
        String error = "salesforce " + result.statusCode() + ": " + result.message();
        if (RETRYABLE_CODES.contains(result.statusCode())) {
            failures.retryOrGiveUp(work, started, 200, error, null, () -> { });
        } else {
            outcomes.dead(work, started, 200, error, () -> { });
        }
    }

    private OrderWriteBack toWriteBack(ClaimedWork work) {
        OrderWriteBackWork payload = jsonb.fromJson(work.payload(), OrderWriteBackWork.class);
        return new OrderWriteBack(payload.sfOrderId(), payload.erpOrderNumber(), payload.erpStatus(),
                payload.syncStatus(), payload.syncError());
    }
}
