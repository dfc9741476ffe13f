package org.o2cbridge.xref;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks up what the ERPs call a Salesforce record. */
@ApplicationScoped
public class CrossReferenceService {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    /** Entity types. */
    public static final String ACCOUNT = "account";
    public static final String ORDER = "order";

    @Inject
    Clock clock;

    /** What one ERP calls a Salesforce record, if known. */
    public Optional<CrossReference> find(String entityType, String sfId, String targetSystem) {
        return em.createQuery("select x from CrossReference x where x.entityType = :type and x.sfId = :sfId "
                        + "and x.targetSystem = :system", CrossReference.class)
                .setParameter("type", entityType)
                .setParameter("sfId", sfId)
                .setParameter("system", targetSystem)
                .getResultStream().findFirst();
    }

    /** The Salesforce record one ERP calls {@code erpId}, if known. */
    public Optional<CrossReference> findByErpId(String entityType, String targetSystem, String erpId) {
        return em.createQuery("select x from CrossReference x where x.targetSystem = :system and x.entityType = :type "
                        + "and x.erpId = :erpId order by x.updatedAt desc", CrossReference.class)
                .setParameter("system", targetSystem)
                .setParameter("type", entityType)
                .setParameter("erpId", erpId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The Salesforce records one ERP calls by these ids, by ERP id (the latest where one has
     * several); ids it does not know are left out. One query per 1,000 ids.
     */
    public Map<String, String> sfIdsByErpIds(String entityType, String targetSystem, Collection<String> erpIds) {
        Map<String, String> found = new HashMap<>();
        List<String> ids = List.copyOf(erpIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("select x from CrossReference x where x.targetSystem = :system and x.entityType = :type "
                            + "and x.erpId in :erpIds order by x.updatedAt", CrossReference.class)
                    .setParameter("system", targetSystem)
                    .setParameter("type", entityType)
                    .setParameter("erpIds", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultStream().forEach(x -> found.put(x.erpId(), x.sfId()));
        }
        return found;
    }

    /** Records (or updates) what one ERP calls a Salesforce record, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, String sfId, String targetSystem, String erpId, String erpNumber) {
        Optional<CrossReference> existing = find(entityType, sfId, targetSystem);
        if (existing.isPresent()) {
            existing.get().update(erpId, erpNumber, clock.instant());
        } else {
            em.persist(new CrossReference(entityType, sfId, targetSystem, erpId, erpNumber, clock.instant()));
        }
    }

    /** Every ERP counterpart of a Salesforce record of the given type. */
    public List<CrossReference> counterparts(String entityType, SalesforceId sfId) {
        return em.createQuery("select x from CrossReference x where x.entityType = :type and x.sfId = :sfId "
                        + "order by x.targetSystem", CrossReference.class)
                .setParameter("type", entityType)
                .setParameter("sfId", sfId.value())
                .getResultList();
    }
}
