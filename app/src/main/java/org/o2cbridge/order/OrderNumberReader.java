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
import java.util.ArrayList;
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
            if (e.mayHaveReachedSystem()) {
                works.forEach(work -> retry(work, started, e.httpStatus(), error, e.retryAfter().orElse(null)));
            } else {
                works.forEach(work -> failures.heldBack(work, started, error, e.retryAfter().orElse(null)));
            }
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
        List<OutboxOutcomes.Success> found = new ArrayList<>();
        reads.forEach((work, read) -> {
            ErpReference number = numbers.get(read.internalId());
            if (number == null || number.number() == null) {
                retry(work, started, 200, system + " does not show sales order " + read.internalId() + " (yet) when its "
                        + "number is read", null);
            } else {
                found.add(new OutboxOutcomes.Success(work, completion(system, work, read, number, works.size())));
            }
        });
        record(found, started);
    }

    /** The numbers found, recorded in one transaction; one at a time if that fails, so one bad row holds back no other. */
    private void record(List<OutboxOutcomes.Success> found, Instant started) {
        if (found.isEmpty()) {
            return;
        }
        try {
            outcomes.doneAll(found, started);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recording " + found.size() + " order numbers at once failed; one at a time now", e);
            for (OutboxOutcomes.Success success : found) {
                try {
                    outcomes.done(success.work(), started, success.completion());
                } catch (RuntimeException single) {
                    LOG.log(Level.WARNING, "Recording the order number of outbox work " + success.work().id()
                            + " failed; its lease runs out and it is read again", single);
                }
            }
        }
    }

    private OutboxHandler.Completion completion(String system, ClaimedWork work, OrderNumberReadWork read,
                                                ErpReference found, int batchSize) {
        return new OutboxHandler.Completion("Sales order " + found.number() + " (" + system
                + " id " + found.internalId() + "), status " + found.status() + "; read in one call for " + batchSize
                + " orders", 200, () -> {
                    xref.record(CrossReferenceService.ORDER, read.sfOrderId(), system, found.internalId(), found.number());
                    sync.queueWriteBack(work, new OrderWriteBackWork(read.sfOrderId(), found.number(), found.status(),
                            OrderWriteBackWork.SYNCED, null));
                });
    }

    private void retry(ClaimedWork work, Instant started, Integer httpStatus, String error, Duration retryAfter) {
        failures.retryOrGiveUp(work, started, httpStatus, error, retryAfter, () -> sync.onDead(work, error));
    }
}
