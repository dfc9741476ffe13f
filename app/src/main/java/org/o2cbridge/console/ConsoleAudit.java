package org.o2cbridge.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.o2cbridge.mapping.MappingService;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The console's audit log: each operator action written as it is done, and read back newest first. */
@ApplicationScoped
public class ConsoleAudit {

    @PersistenceContext(unitName = "o2c")
    EntityManager entities;

    @Inject
    Clock clock;

    @Inject
    MappingService mappings;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String by, String action, String subject, String detail) {
        entities.createNativeQuery("insert into console_audit (done_at, done_by, action, subject, detail) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(2, by)
                .setParameter(3, action)
                .setParameter(4, cut(subject, 255))
                .setParameter(5, detail == null ? null : cut(detail, 4000))
                .executeUpdate();
    }

    /** The latest entries, console actions and mapping changes (from the admin API too) together. */
    public List<Entry> latest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select done_at, done_by, action, subject, detail from console_audit"
                + " order by done_at desc, id desc").setMaxResults(limit).getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            entries.add(new Entry(instant(row[0]), (String) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        mappings.changes(null, null, limit).forEach(change -> entries.add(new Entry(change.changedAt(), change.changedBy(),
                "mapping " + change.action().toLowerCase(java.util.Locale.ROOT),
                change.targetSystem() + " " + change.mapType() + " " + change.sourceValue(),
                change.oldTarget() + " → " + change.newTarget())));
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries.size() > limit ? entries.subList(0, limit) : entries;
    }

    private static String cut(String text, int most) {
        return text.length() > most ? text.substring(0, most) : text;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return OffsetDateTime.parse(String.valueOf(value)).toInstant();
    }

    /** One audited action. */
    public record Entry(Instant at, String by, String action, String subject, String detail) {
    }
}
