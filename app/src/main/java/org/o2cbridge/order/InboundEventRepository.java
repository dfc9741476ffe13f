package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stores and finds accepted order events. */
@ApplicationScoped
public class InboundEventRepository {

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    void add(InboundEvent event) {
        em.persist(event);
    }

    /** Those of the given idempotency keys that were already accepted. */
    Set<String> existingKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        if (keys.size() == 1) {
            // One event per request: a query with a single-valued parameter keeps its translation in
            // Hibernate's plan cache, whereas a query with an IN list is translated again on every call.
            return new HashSet<>(em.createQuery(
                            "select e.idempotencyKey from InboundEvent e where e.idempotencyKey = :key", String.class)
                    .setParameter("key", keys.iterator().next())
                    .getResultList());
        }
        // A batch: plain SQL, whose IN list is expanded without translating a query model each time.
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery(
                        "select idempotency_key from inbound_event where idempotency_key in (:keys)", String.class)
                .setParameter("keys", keys)
                .getResultList();
        return new HashSet<>(found);
    }

    List<InboundEvent> forOrder(String sfOrderId) {
        return em.createQuery("select e from InboundEvent e where e.sfOrderId = :order order by e.receivedAt, e.id",
                        InboundEvent.class)
                .setParameter("order", sfOrderId)
                .getResultList();
    }

    void flush() {
        em.flush();
    }
}
