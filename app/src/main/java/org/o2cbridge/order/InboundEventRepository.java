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
            // The common case, one event per request: a query with a single-valued parameter keeps its
            // compiled form in Hibernate's plan cache; an IN list is translated again on every call.
            return new HashSet<>(em.createQuery(
                            "select e.idempotencyKey from InboundEvent e where e.idempotencyKey = :key", String.class)
                    .setParameter("key", keys.iterator().next())
                    .getResultList());
        }
        return new HashSet<>(em.createQuery(
                        "select e.idempotencyKey from InboundEvent e where e.idempotencyKey in :keys", String.class)
                .setParameter("keys", keys)
                .getResultList());
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
