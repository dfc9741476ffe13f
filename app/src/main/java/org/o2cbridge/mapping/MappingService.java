package org.o2cbridge.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the mapping tables: what a target system calls a Salesforce value (a unit of measure, a
 * currency, a country, a legal entity's subsidiary). Adapters ask here instead of hard-coding.
 */
@ApplicationScoped
public class MappingService {

    /** Map types in use. */
    public static final String UNIT_OF_MEASURE = "unit-of-measure";
    public static final String CURRENCY = "currency";
    public static final String COUNTRY = "country";
    public static final String STATE = "state";
    public static final String LEGAL_ENTITY = "legal-entity";
    public static final String ITEM = "item";
    public static final String PAYMENT_TERMS = "payment-terms";
    public static final String SHIPPING_METHOD = "shipping-method";

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    /** The target system's value for a Salesforce value, if a mapping row says so. */
    public Optional<String> lookup(String targetSystem, String mapType, String sourceValue) {
        if (sourceValue == null) {
            return Optional.empty();
        }
        return em.createQuery("select m.targetValue from ValueMapping m where m.targetSystem = :system "
                        + "and m.mapType = :type and m.sourceValue = :source", String.class)
                .setParameter("system", targetSystem)
                .setParameter("type", mapType)
                .setParameter("source", sourceValue)
                .getResultStream()
                .findFirst();
    }

    /** Every mapping row of a target system (all systems when null). */
    public List<ValueMapping> list(String targetSystem) {
        return em.createQuery("select m from ValueMapping m where (:system is null or m.targetSystem = :system) "
                        + "order by m.targetSystem, m.mapType, m.sourceValue", ValueMapping.class)
                .setParameter("system", targetSystem)
                .getResultList();
    }

    /** Sets what a target system calls a Salesforce value, auditing the change; the same value changes nothing. */
    @Transactional
    public ValueMapping put(String targetSystem, String mapType, String sourceValue, String targetValue, String by) {
        return upsert(find(targetSystem, mapType, sourceValue), targetSystem, mapType, sourceValue, targetValue, by)
                .row();
    }

    /** Deletes a mapping row, auditing the deletion; false when there was none. */
    @Transactional
    public boolean delete(String targetSystem, String mapType, String sourceValue, String by) {
        Optional<ValueMapping> existing = find(targetSystem, mapType, sourceValue);
        existing.ifPresent(row -> {
            em.persist(new MappingChange(row, MappingChange.Action.DELETED, row.targetValue(), null, by,
                    clock.instant()));
            em.remove(row);
        });
        return existing.isPresent();
    }

    /** Sets every row of an imported file in one transaction, each change audited. */
    @Transactional
    public ImportCounts importRows(List<MappingCsv.Row> rows, String by) {
        Map<String, ValueMapping> existing = new HashMap<>();
        list(null).forEach(m -> existing.put(new MappingCsv.Row(m.targetSystem(), m.mapType(), m.sourceValue(), "")
                .key(), m));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (MappingCsv.Row row : rows) {
            Outcome outcome = upsert(Optional.ofNullable(existing.get(row.key())), row.system(), row.type(),
                    row.sourceValue(), row.targetValue(), by);
            if (outcome.action() == MappingChange.Action.ADDED) {
                added++;
            } else if (outcome.action() == MappingChange.Action.CHANGED) {
                changed++;
            } else {
                unchanged++;
            }
        }
        return new ImportCounts(added, changed, unchanged);
    }

    /** What an import did: rows added, rows changed, rows already as the file says. */
    public record ImportCounts(int added, int changed, int unchanged) {
    }

    /** The latest changes to the mapping tables, newest first, of a system and type (all when null). */
    public List<MappingChange> changes(String targetSystem, String mapType, int limit) {
        return em.createQuery("select c from MappingChange c where (:system is null or c.targetSystem = :system) "
                        + "and (:type is null or c.mapType = :type) order by c.changedAt desc, c.id desc",
                        MappingChange.class)
                .setParameter("system", targetSystem)
                .setParameter("type", mapType)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The row after an upsert, and what happened to it (null: nothing). */
    private record Outcome(ValueMapping row, MappingChange.Action action) {
    }

    private Outcome upsert(Optional<ValueMapping> existing, String targetSystem, String mapType, String sourceValue,
                           String targetValue, String by) {
        if (existing.isPresent()) {
            ValueMapping row = existing.get();
            String old = row.targetValue();
            if (old.equals(targetValue)) {
                return new Outcome(row, null);
            }
            row.change(targetValue, by, clock.instant());
            em.persist(new MappingChange(row, MappingChange.Action.CHANGED, old, targetValue, by, clock.instant()));
            return new Outcome(row, MappingChange.Action.CHANGED);
        }
        ValueMapping created = new ValueMapping(targetSystem, mapType, sourceValue, targetValue, by, clock.instant());
        em.persist(created);
        em.persist(new MappingChange(created, MappingChange.Action.ADDED, null, targetValue, by, clock.instant()));
        return new Outcome(created, MappingChange.Action.ADDED);
    }

    private Optional<ValueMapping> find(String targetSystem, String mapType, String sourceValue) {
        return em.createQuery("select m from ValueMapping m where m.targetSystem = :system "
                        + "and m.mapType = :type and m.sourceValue = :source", ValueMapping.class)
                .setParameter("system", targetSystem)
                .setParameter("type", mapType)
                .setParameter("source", sourceValue)
                .getResultStream().findFirst();
    }

    /** The mapped value, or the Salesforce value itself where no row maps it. */
    public String mapOrKeep(String targetSystem, String mapType, String sourceValue) {
        return lookup(targetSystem, mapType, sourceValue).orElse(sourceValue);
    }
}
