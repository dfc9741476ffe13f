package org.o2cbridge.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
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

    /** Sets what a target system calls a Salesforce value, recording who changed it. */
    @Transactional
    public ValueMapping put(String targetSystem, String mapType, String sourceValue, String targetValue, String by) {
        Optional<ValueMapping> existing = em.createQuery("select m from ValueMapping m where m.targetSystem = :system "
                        + "and m.mapType = :type and m.sourceValue = :source", ValueMapping.class)
                .setParameter("system", targetSystem)
                .setParameter("type", mapType)
                .setParameter("source", sourceValue)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().change(targetValue, by, clock.instant());
            return existing.get();
        }
        ValueMapping created = new ValueMapping(targetSystem, mapType, sourceValue, targetValue, by, clock.instant());
        em.persist(created);
        return created;
    }

    /** The mapped value, or the Salesforce value itself where no row maps it. */
    public String mapOrKeep(String targetSystem, String mapType, String sourceValue) {
        return lookup(targetSystem, mapType, sourceValue).orElse(sourceValue);
    }
}
