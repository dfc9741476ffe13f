package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The outbox as other capabilities see it: enqueue work inside the caller's transaction (so the
 * work commits or rolls back with the event that caused it) and read where it stands.
 */
@ApplicationScoped
public class OutboxService {

    @Inject
    OutboxRepository repository;

    /** Enqueues the steps of one aggregate, due at once, to run in the given order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long inboundEventId, String aggregateType, String aggregateId, List<OutboxWork> steps,
                        Instant now) {
        int sequence = 1;
        for (OutboxWork step : steps) {
            repository.add(new OutboxEntry(inboundEventId, aggregateType, aggregateId, sequence++, step, now));
        }
    }

    public List<OutboxEntry> workForEvents(Collection<Long> inboundEventIds) {
        return repository.forEvents(inboundEventIds);
    }

    public List<OutboxAttempt> attemptsOf(Collection<Long> outboxIds) {
        return repository.attemptsOf(outboxIds);
    }
}
