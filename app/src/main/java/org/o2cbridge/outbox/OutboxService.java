package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outbox as other capabilities see it: enqueue work inside the caller's transaction (so the
 * work commits or rolls back with the event that caused it) and read where it stands.
 */
@ApplicationScoped
public class OutboxService {

    @Inject
    OutboxRepository repository;

    @Inject
    Event<WorkEnqueued> enqueued;

    /** Enqueues the steps of one aggregate, due at once, to run in the given order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long inboundEventId, String aggregateType, String aggregateId, List<OutboxWork> steps,
                        Instant now) {
        int sequence = 1;
        for (OutboxWork step : steps) {
            repository.add(new OutboxEntry(inboundEventId, aggregateType, aggregateId, sequence++, step, now));
        }
        enqueued.fire(new WorkEnqueued(steps.isEmpty() ? null : steps.get(0).targetSystem(),
                steps.stream().map(OutboxWork::action).collect(Collectors.toUnmodifiableSet())));
    }

    /**
     * Enqueues one more step for an event, after its existing ones (e.g. the write-back of an ERP
     * result), inside the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueFollowUp(long inboundEventId, String aggregateType, String aggregateId, OutboxWork step,
                                Instant now) {
        int next = repository.lastSequenceOf(inboundEventId) + 1;
        repository.add(new OutboxEntry(inboundEventId, aggregateType, aggregateId, next, step, now));
        enqueued.fire(new WorkEnqueued(step.targetSystem(), Set.of(step.action())));
    }

    /**
     * Stores work a batch job could not do as a dead letter, in the caller's transaction (the
     * chunk's), with the target's error: an operator fixes the cause or the payload and replays it,
     * and the replay runs like any outbox work. A record already set aside under the same key and
     * action, and not yet done, is updated instead (its latest payload and error), so running a job
     * again over the same records makes no second letter.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadLetter(String aggregateType, String aggregateId, OutboxWork work, String error, Instant now) {
        String reason = error.length() > 4000 ? error.substring(0, 3997) + "..." : error;
        repository.openSetAside(aggregateType, aggregateId, work.action()).ifPresentOrElse(
                letter -> letter.refusedAgain(work.payload(), reason, now),
                () -> repository.add(OutboxEntry.deadLetter(aggregateType, aggregateId, work, reason, now)));
    }

    public List<OutboxEntry> workForEvents(Collection<Long> inboundEventIds) {
        return repository.forEvents(inboundEventIds);
    }

    public List<OutboxAttempt> attemptsOf(Collection<Long> outboxIds) {
        return repository.attemptsOf(outboxIds);
    }
}
