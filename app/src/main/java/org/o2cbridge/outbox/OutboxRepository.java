package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;

/** Stores and finds outbox work and its attempts. */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    void add(OutboxEntry entry) {
        em.persist(entry);
    }

    int lastSequenceOf(long inboundEventId) {
        Integer last = em.createQuery("select max(o.sequenceNo) from OutboxEntry o where o.inboundEventId = :event",
                        Integer.class)
                .setParameter("event", inboundEventId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    List<OutboxEntry> forEvents(Collection<Long> inboundEventIds) {
        if (inboundEventIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from OutboxEntry o where o.inboundEventId in :events "
                        + "order by o.inboundEventId, o.sequenceNo", OutboxEntry.class)
                .setParameter("events", inboundEventIds)
                .getResultList();
    }

    List<OutboxAttempt> attemptsOf(Collection<Long> outboxIds) {
        if (outboxIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from OutboxAttempt a where a.outboxId in :ids "
                        + "order by a.startedAt, a.attemptNo", OutboxAttempt.class)
                .setParameter("ids", outboxIds)
                .getResultList();
    }
}
