package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.outbox.OutboxAttempt;
import org.o2cbridge.outbox.OutboxEntry;
import org.o2cbridge.outbox.OutboxService;
import org.o2cbridge.outbox.OutboxStatus;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;
import org.o2cbridge.xref.CrossReferenceService;
import org.o2cbridge.xref.SalesforceId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assembles an order's sync state and timeline from its events, outbox work and attempts. */
@ApplicationScoped
public class OrderStatusService {

    @Inject
    InboundEventRepository events;

    @Inject
    OutboxService outbox;

    @Inject
    CrossReferenceService xref;

    public OrderStatus statusOf(String sfOrderIdText) {
        SalesforceId sfOrderId = SalesforceId.parse(sfOrderIdText)
                .filter(id -> id.keyPrefix().equals("801"))
                .orElseThrow(() -> new ProblemException(Problem.of(400, "Bad Request", "invalid-order-id",
                        "'" + sfOrderIdText + "' is not a Salesforce Order id (15 or 18 characters, prefix 801).")));
        List<InboundEvent> received = events.forOrder(sfOrderId.value());
        if (received.isEmpty()) {
            throw new ProblemException(Problem.of(404, "Not Found", "order-not-found",
                    "The bridge has received no event for order " + sfOrderId + "."));
        }
        List<OutboxEntry> work = outbox.workForEvents(received.stream().map(InboundEvent::id).toList());
        List<OutboxAttempt> attempts = outbox.attemptsOf(work.stream().map(OutboxEntry::id).toList());
        long latestEvent = received.get(received.size() - 1).id();
        List<OutboxEntry> currentWork = work.stream().filter(w -> w.inboundEventId() == latestEvent)
                .filter(w -> !w.action().equals(OrderEventRecorder.WRITE_BACK)).toList();
        return new OrderStatus(sfOrderId.value(), stateOf(currentWork),
                xref.counterparts(CrossReferenceService.ORDER, sfOrderId).stream()
                        .map(x -> new OrderStatus.ErpReference(x.targetSystem(), x.erpId(), x.erpNumber())).toList(),
                received.stream().map(e -> new OrderStatus.Event(e.idempotencyKey(), e.receivedAt(), e.receivedFrom(),
                        e.lineCount())).toList(),
                work.stream().map(OrderStatusService::workOf).toList(),
                timelineOf(received, work, attempts));
    }

    /**
     * What the bridge received and what it queued for the order, each with its payload as stored:
     * the order events, then each piece of outbox work (its current payload, after any edit), oldest
     * first. For the console's payloads on demand; an order with no event has none.
     */
    public List<OrderStatus.Payload> payloadsOf(String sfOrderIdText) {
        SalesforceId sfOrderId = SalesforceId.parse(sfOrderIdText).filter(id -> id.keyPrefix().equals("801")).orElse(null);
        if (sfOrderId == null) {
            return List.of();
        }
        List<InboundEvent> received = events.forOrder(sfOrderId.value());
        List<OrderStatus.Payload> payloads = new ArrayList<>();
        received.forEach(e -> payloads.add(new OrderStatus.Payload(e.receivedAt(), "Order event " + e.idempotencyKey(),
                e.payload())));
        outbox.workForEvents(received.stream().map(InboundEvent::id).toList()).forEach(w -> payloads.add(
                new OrderStatus.Payload(w.createdAt(), "Step " + w.sequenceNo() + ": " + w.action() + " for "
                        + w.targetSystem(), w.payload())));
        return payloads;
    }

    /** The state of the order in the ERP, from the ERP work of its latest event (write-backs aside). */
    static OrderStatus.SyncState stateOf(List<OutboxEntry> work) {
        if (work.stream().anyMatch(w -> w.status() == OutboxStatus.DEAD)) {
            return OrderStatus.SyncState.FAILED;
        }
        if (work.stream().allMatch(w -> w.status() == OutboxStatus.DONE || w.status() == OutboxStatus.RESOLVED)) {
            return OrderStatus.SyncState.SYNCED;
        }
        boolean started = work.stream().anyMatch(w -> w.attempts() > 0 || w.status() != OutboxStatus.PENDING);
        return started ? OrderStatus.SyncState.IN_PROGRESS : OrderStatus.SyncState.PENDING;
    }

    private static OrderStatus.Work workOf(OutboxEntry w) {
        return new OrderStatus.Work(w.id(), w.sequenceNo(), w.targetSystem(), w.action(), w.status().name(),
                w.attempts(), w.nextAttemptAt(), w.lastError(), w.completedAt());
    }

    private static List<OrderStatus.TimelineEntry> timelineOf(List<InboundEvent> received, List<OutboxEntry> work,
                                                               List<OutboxAttempt> attempts) {
        Map<Long, OutboxEntry> workById = work.stream().collect(Collectors.toMap(OutboxEntry::id, Function.identity()));
        List<OrderStatus.TimelineEntry> timeline = new ArrayList<>();
        for (InboundEvent e : received) {
            timeline.add(new OrderStatus.TimelineEntry(e.receivedAt(), "RECEIVED", null, "ACCEPTED", null,
                    "Order event " + e.idempotencyKey() + " with " + e.lineCount() + " line(s) from " + e.receivedFrom()));
        }
        for (OutboxEntry w : work) {
            timeline.add(new OrderStatus.TimelineEntry(w.createdAt(), "QUEUED", w.action(), w.status().name(), null,
                    "Step " + w.sequenceNo() + " for " + w.targetSystem()));
        }
        for (OutboxAttempt a : attempts) {
            OutboxEntry w = workById.get(a.outboxId());
            timeline.add(new OrderStatus.TimelineEntry(a.startedAt(), "ATTEMPT", w.action(), a.outcome(),
                    a.httpStatus(), a.detail()));
        }
        timeline.sort(Comparator.comparing(OrderStatus.TimelineEntry::at));
        return timeline;
    }
}
