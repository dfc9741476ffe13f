package org.o2cbridge.xref;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Looks up what the ERPs call a Salesforce record. */
@ApplicationScoped
public class CrossReferenceService {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    /** Every ERP counterpart of a Salesforce record of the given type. */
    public List<CrossReference> counterparts(String entityType, SalesforceId sfId) {
        return em.createQuery("select x from CrossReference x where x.entityType = :type and x.sfId = :sfId "
                        + "order by x.targetSystem", CrossReference.class)
                .setParameter("type", entityType)
                .setParameter("sfId", sfId.value())
                .getResultList();
    }
}
