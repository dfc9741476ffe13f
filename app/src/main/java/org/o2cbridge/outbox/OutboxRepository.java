package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    /** The set-aside work (no event) of this aggregate and action that is not done or resolved yet. */
    Optional<OutboxEntry> openSetAside(String aggregateType, String aggregateId, String action) {
        return em.createQuery("select o from OutboxEntry o where o.inboundEventId is null and o.aggregateType = :type "
                        + "and o.aggregateId = :id and o.action = :action and o.status in :open", OutboxEntry.class)
                .setParameter("type", aggregateType)
                .setParameter("id", aggregateId)
                .setParameter("action", action)
                .setParameter("open", List.of(OutboxStatus.PENDING, OutboxStatus.IN_FLIGHT, OutboxStatus.DEAD))
                .getResultStream().findFirst();
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

    /**
     * Rows per target system and status for the waiting and dead work: one grouped query. Read in
     * a transaction of its own, as the gauges call it from threads that have none, where an
     * entity manager outside a transaction could outlive the call.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<OutboxDepth.Row> depthRows() {
        return em.createQuery("select o.targetSystem, o.status, count(o), min(o.createdAt) from OutboxEntry o "
                        + "where o.status in :statuses group by o.targetSystem, o.status", Object[].class)
                .setParameter("statuses", List.of(OutboxStatus.PENDING, OutboxStatus.IN_FLIGHT, OutboxStatus.DEAD))
                .getResultList().stream()
                .map(r -> new OutboxDepth.Row((String) r[0], (OutboxStatus) r[1], ((Number) r[2]).longValue(), (Instant) r[3]))
                .toList();
    }

    /** The systems the outbox holds work for; read at start-up, in a transaction of its own like {@link #depthRows}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<String> targetSystems() {
        return em.createQuery("select distinct o.targetSystem from OutboxEntry o", String.class).getResultList();
    }
}
