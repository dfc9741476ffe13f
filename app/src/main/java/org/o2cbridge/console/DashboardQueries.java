package org.o2cbridge.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dashboard's figures, read from the bridge's own tables (inbound events and the outbox). */
@ApplicationScoped
public class DashboardQueries {

    @PersistenceContext(unitName = "o2c")
    EntityManager entities;

    /** Order events received since {@code since}. */
    public long received(Instant since) {
        return number(entities.createNativeQuery("select count(*) from inbound_event where received_at >= ?1")
                .setParameter(1, since.atOffset(ZoneOffset.UTC)).getSingleResult());
    }

    /** Orders whose every piece of work is done, the last of it since {@code since}. */
    public long synced(Instant since) {
        return number(entities.createNativeQuery("select count(*) from (select aggregate_id, max(completed_at) as done_at"
                        + " from outbox group by aggregate_id"
                        + " having sum(case when status = 'DONE' then 0 else 1 end) = 0) synced where done_at >= ?1")
                .setParameter(1, since.atOffset(ZoneOffset.UTC)).getSingleResult());
    }

    /** When each order event of the period since {@code since} was received. */
    public List<Instant> receivedTimes(Instant since) {
        return instants(entities.createNativeQuery("select received_at from inbound_event where received_at >= ?1")
                .setParameter(1, since.atOffset(ZoneOffset.UTC)).getResultList());
    }

    /** When each order synced since {@code since} had the last of its work done. */
    public List<Instant> syncedTimes(Instant since) {
        return instants(entities.createNativeQuery("select done_at from (select aggregate_id, max(completed_at) as done_at"
                        + " from outbox group by aggregate_id"
                        + " having sum(case when status = 'DONE' then 0 else 1 end) = 0) synced where done_at >= ?1")
                .setParameter(1, since.atOffset(ZoneOffset.UTC)).getResultList());
    }

    private static List<Instant> instants(List<?> values) {
        return values.stream().map(DashboardQueries::instant).filter(java.util.Objects::nonNull).toList();
    }

    /** Orders with work that failed for good (an open dead letter) since {@code since}. */
    public long failed(Instant since) {
        return number(entities.createNativeQuery("select count(distinct aggregate_id) from outbox"
                        + " where status = 'DEAD' and updated_at >= ?1")
                .setParameter(1, since.atOffset(ZoneOffset.UTC)).getSingleResult());
    }

    /** Work waiting (pending or in flight) and when the oldest of it was enqueued. */
    public Backlog backlog() {
        Object[] row = (Object[]) entities.createNativeQuery("select count(*), min(created_at) from outbox"
                + " where status in ('PENDING', 'IN_FLIGHT')").getSingleResult();
        return new Backlog(number(row[0]), instant(row[1]));
    }

    /** Open dead letters by target system and reason (the error's code, before its first colon). */
    public List<DeadLetterGroup> deadLetters() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select target_system, last_error from outbox where status = 'DEAD'")
                .getResultList();
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.merge(row[0] + "\u0000" + reason((String) row[1]), 1L, Long::sum);
        }
        List<DeadLetterGroup> groups = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split("\u0000", 2);
            groups.add(new DeadLetterGroup(parts[0], parts[1], count));
        });
        return groups;
    }

    static String reason(String error) {
        if (error == null || error.isBlank()) {
            return "unknown";
        }
        int colon = error.indexOf(':');
        String code = (colon > 0 ? error.substring(0, colon) : error).strip();
        return code.length() > 60 ? code.substring(0, 60) + "…" : code;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }

    public record Backlog(long waiting, Instant oldestEnqueuedAt) {
    }

    public record DeadLetterGroup(String system, String reason, long count) {
    }
}
