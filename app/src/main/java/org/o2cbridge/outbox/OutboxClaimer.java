package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Claims due outbox work in one short transaction: rows whose time has come, or whose lease ran
 * out because the instance that held them died. Row locks that skip rows another instance holds
 * ({@code FOR UPDATE SKIP LOCKED}, which PostgreSQL and H2 2.x both support) keep two instances
 * from claiming the same row. A row waits while earlier work of its aggregate is unfinished — the
 * earlier steps of its own event (also when dead), or older events of the same order — so work of
 * one order runs in order: customer before sales order. It also tells, without claiming, how much
 * is due ({@link #due}), for work that is sent in batches and lingers before it is claimed. A
 * worker that has finished a step claims the next step of the same event straight away
 * ({@link #claimNextOfEvent}), under the same rules.
 */
@ApplicationScoped
public class OutboxClaimer {

    private static final String DUE_ROWS = """
            from outbox o
            where o.action in (:actions)
              and ((o.status = 'PENDING' and o.next_attempt_at <= :now)
                   or (o.status = 'IN_FLIGHT' and o.lease_until < :now))
              and not exists (select 1 from outbox p
                   where p.aggregate_type = o.aggregate_type and p.aggregate_id = o.aggregate_id and p.id <> o.id
                     and ((p.inbound_event_id = o.inbound_event_id and p.sequence_no < o.sequence_no
                           and p.status in ('PENDING', 'IN_FLIGHT', 'DEAD'))
                       or (p.inbound_event_id <> o.inbound_event_id and p.created_at < o.created_at
                           and p.status in ('PENDING', 'IN_FLIGHT'))))
            """;

    private static final String DUE = "select o.id " + DUE_ROWS + """
            order by o.next_attempt_at, o.id
            fetch first :limit rows only
            for update skip locked""";

    /** The next due step of one event, if its earlier steps are done. */
    private static final String NEXT_OF_EVENT = "select o.id " + DUE_ROWS + """
              and o.inbound_event_id = :event
            order by o.sequence_no
            fetch first 1 rows only
            for update skip locked""";

    /** Since when a due row has been due: its next attempt time, or the end of its expired lease. */
    private static final String DUE_SINCE = "case when o.status = 'PENDING' then o.next_attempt_at else o.lease_until end";

    private static final String DUE_SUMMARY = "select count(*), min(" + DUE_SINCE + "), max(" + DUE_SINCE + ") "
            + DUE_ROWS;

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    Clock clock;

    /** Claims up to {@code limit} due rows doing one of {@code actions}, leased for {@code lease}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedWork> claim(Collection<String> actions, int limit, String owner, Duration lease) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(DUE.replace(":limit", Integer.toString(limit)))
                .setParameter("actions", actions)
                .setParameter("now", Timestamp.from(now))
                .getResultList();
        return lease(ids, owner, now, lease);
    }

    /**
     * Claims the next due step of event {@code inboundEventId} doing one of {@code actions}, if
     * there is one now: the step that finishing the event's previous one let through (an order's
     * sales order after its routing), for the worker that finished it to run at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ClaimedWork> claimNextOfEvent(long inboundEventId, Collection<String> actions, String owner,
                                                  Duration lease) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(NEXT_OF_EVENT)
                .setParameter("actions", actions)
                .setParameter("now", Timestamp.from(now))
                .setParameter("event", inboundEventId)
                .getResultList();
        return lease(ids, owner, now, lease).stream().findFirst();
    }

    /** Leases the rows {@code ids} (locked by the caller's query) to {@code owner}; answers them as claimed work. */
    private List<ClaimedWork> lease(List<Number> ids, String owner, Instant now, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        em.createQuery("update OutboxEntry o set o.status = :inFlight, o.leaseOwner = :owner, o.leaseUntil = :until, "
                        + "o.attempts = o.attempts + 1, o.updatedAt = :now where o.id in :ids")
                .setParameter("inFlight", OutboxStatus.IN_FLIGHT)
                .setParameter("owner", owner)
                .setParameter("until", now.plus(lease))
                .setParameter("now", now)
                .setParameter("ids", claimed)
                .executeUpdate();
        return em.createQuery("select new org.o2cbridge.outbox.ClaimedWork(o.id, o.inboundEventId, o.aggregateId, "
                        + "o.sequenceNo, o.targetSystem, o.action, o.payload, o.attempts, o.leaseOwner) "
                        + "from OutboxEntry o where o.id in :ids order by o.nextAttemptAt, o.id", ClaimedWork.class)
                .setParameter("ids", claimed)
                .getResultList();
    }

    /**
     * How many rows doing one of {@code actions} {@link #claim} would find due now, and since when
     * the oldest and the newest of them have been due: one read that locks nothing, so a batch
     * can be judged before anything is claimed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DueWork due(Collection<String> actions) {
        Object[] row = (Object[]) em.createNativeQuery(DUE_SUMMARY)
                .setParameter("actions", actions)
                .setParameter("now", Timestamp.from(clock.instant()))
                .getSingleResult();
        int count = ((Number) row[0]).intValue();
        return count == 0 ? DueWork.NONE : new DueWork(count, instantOf(row[1]), instantOf(row[2]));
    }

    /** Whether work of {@code aggregateType} is claimed and under way now (its lease still held). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean underWay(String aggregateType) {
        return !em.createQuery("select o.id from OutboxEntry o where o.aggregateType = :type "
                        + "and o.status = :inFlight and o.leaseUntil >= :now", Long.class)
                .setParameter("type", aggregateType)
                .setParameter("inFlight", OutboxStatus.IN_FLIGHT)
                .setParameter("now", clock.instant())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Whether work doing one of {@code actions} is unfinished now: due and waiting, or claimed
     * and under way (its lease still held). Work due later (a retry) does not count.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean unfinished(Collection<String> actions) {
        Instant now = clock.instant();
        return !em.createQuery("select o.id from OutboxEntry o where o.action in :actions "
                        + "and ((o.status = :pending and o.nextAttemptAt <= :now) "
                        + "or (o.status = :inFlight and o.leaseUntil >= :now))", Long.class)
                .setParameter("actions", actions)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("inFlight", OutboxStatus.IN_FLIGHT)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** A timestamp with time zone as the JDBC driver answers it for a native query. */
    private static Instant instantOf(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Unexpected timestamp type " + (value == null ? null : value.getClass()));
    }
}
