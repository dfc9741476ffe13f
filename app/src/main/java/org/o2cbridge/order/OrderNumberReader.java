package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import org.o2cbridge.connector.ErpGateways;
import org.o2cbridge.connector.ErpReference;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.outbox.ClaimedWork;
import org.o2cbridge.outbox.FailureOutcomes;
import org.o2cbridge.outbox.OutboxHandler;
import org.o2cbridge.outbox.OutboxOutcomes;
import org.o2cbridge.outbox.WorkRunner;
import org.o2cbridge.xref.CrossReferenceService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Reads the numbers and statuses of a batch of sales orders from their ERP in one call per
 * system ({@code ErpGateway.readOrderNumbers}), and records each order's outcome: the number in
 * the cross-reference and the write-back to Salesforce queued, as after an ERP that answers the
 * number at once; due again when the ERP does not show the order yet or the call failed in a way
 * that passes; dead (with a {@code Failed} write-back) when the ERP refused the read or attempts
 * ran out — the same rules as all outbox work.
 */
@ApplicationScoped
public class OrderNumberReader {

    private static final Logger LOG = Logger.getLogger(OrderNumberReader.class.getName());

    @Inject
    ErpGateways gateways;

    @Inject
    OrderSyncHandler sync;

    @Inject
    CrossReferenceService xref;

    @Inject
    OutboxOutcomes outcomes;

    @Inject
    FailureOutcomes failures;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    void read(List<ClaimedWork> batch) {
        batch.stream().collect(Collectors.groupingBy(ClaimedWork::targetSystem, LinkedHashMap::new, Collectors.toList()))
                .forEach(this::readFrom);
    }

    private void readFrom(String system, List<ClaimedWork> works) {
        Instant started = clock.instant();
        Map<ClaimedWork, OrderNumberReadWork> reads = new LinkedHashMap<>();
        works.forEach(work -> reads.put(work, jsonb.fromJson(work.payload(), OrderNumberReadWork.class)));
        Map<String, ErpReference> numbers;
        try {
            numbers = gateways.forSystem(system).readOrderNumbers(
                    reads.values().stream().map(OrderNumberReadWork::internalId).distinct().toList());
        } catch (RetryableCallException e) {
            String error = WorkRunner.describe(e);
            works.forEach(work -> retry(work, started, e.httpStatus(), error, e.retryAfter().orElse(null)));
            return;
        } catch (RejectedCallException e) {
            String reason = WorkRunner.describe(e);
            works.forEach(work -> outcomes.dead(work, started, e.httpStatus(), reason, () -> sync.onDead(work, reason)));
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading " + works.size() + " order numbers from " + system + " failed unexpectedly", e);
            works.forEach(work -> retry(work, started, null, "Unexpected failure: " + e, null));
            return;
        }
        reads.forEach((work, read) -> record(system, work, read, numbers.get(read.internalId()), works.size(), started));
    }

    private void record(String system, ClaimedWork work, OrderNumberReadWork read, ErpReference found, int batchSize,
                        Instant started) {
        if (found == null || found.number() == null) {
            retry(work, started, 200, system + " does not show sales order " + read.internalId() + " (yet) when its "
                    + "number is read", null);
            return;
        }
        outcomes.done(work, started, new OutboxHandler.Completion("Sales order " + found.number() + " (" + system
                + " id " + found.internalId() + "), status " + found.status() + "; read in one call for " + batchSize
                + " orders", 200, () -> {
                    xref.record(CrossReferenceService.ORDER, read.sfOrderId(), system, found.internalId(), found.number());
                    sync.queueWriteBack(work, new OrderWriteBackWork(read.sfOrderId(), found.number(), found.status(),
                            OrderWriteBackWork.SYNCED, null));
                }));
    }

    private void retry(ClaimedWork work, Instant started, Integer httpStatus, String error, Duration retryAfter) {
        failures.retryOrGiveUp(work, started, httpStatus, error, retryAfter, () -> sync.onDead(work, error));
    }
}
