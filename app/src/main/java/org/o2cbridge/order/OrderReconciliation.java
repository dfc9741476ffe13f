package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.o2cbridge.outbox.OutboxService;
import org.o2cbridge.outbox.OutboxStatus;
import org.o2cbridge.reconciliation.BridgeOrders;
import org.o2cbridge.reconciliation.ErpOrder;
import org.o2cbridge.xref.CrossReferenceService;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the bridge holds of Salesforce Orders for the reconciliation (their accepted events, their
 * outbox work, their cross-references), and the repairs it queues, the same outbox work the order
 * flow itself queues: the routing step of an accepted event ({@link OrderEventRecorder#routing}),
 * after the event's other work, and the write-back of the ERP's number
 * ({@link OrderSyncHandler#queueWriteBack}). An order's state names the ERP of its
 * cross-reference, the ERP the reconciliation compares it with. Look-ups take 1,000 orders a query.
 */
@ApplicationScoped
public class OrderReconciliation implements BridgeOrders {

    private static final int IN_QUERY = 1000;

    @PersistenceContext(unitName = "o2c")
    EntityManager em;

    @Inject
    InboundEventRepository events;

    @Inject
    OrderSyncHandler sync;

    @Inject
    OutboxService outbox;

    @Inject
    CrossReferenceService xref;

    @Inject
    Clock clock;

    @Override
    public Map<String, State> states(Collection<String> sfOrderIds) {
        List<String> ids = List.copyOf(new HashSet<>(sfOrderIds));
        Set<String> held = new HashSet<>();
        Set<String> syncing = new HashSet<>();
        Set<String> dead = new HashSet<>();
        Set<String> writingBack = new HashSet<>();
        Map<String, String> erpIds = new HashMap<>();
        Map<String, String> erpSystems = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_QUERY) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + IN_QUERY));
            held.addAll(em.createQuery("select distinct e.sfOrderId from InboundEvent e where e.sfOrderId in :ids",
                    String.class).setParameter("ids", part).getResultList());
            for (Object[] row : em.createQuery("select o.aggregateId, o.aggregateType, o.status from OutboxEntry o "
                            + "where o.aggregateId in :ids and o.status in :open", Object[].class)
                    .setParameter("ids", part)
                    .setParameter("open", List.of(OutboxStatus.PENDING, OutboxStatus.IN_FLIGHT, OutboxStatus.DEAD))
                    .getResultList()) {
                String id = (String) row[0];
                boolean writeBack = OrderEventRecorder.WRITE_BACK_AGGREGATE.equals(row[1]);
                if (row[2] == OutboxStatus.DEAD) {
                    if (!writeBack) {
                        dead.add(id);
                    }
                } else {
                    (writeBack ? writingBack : syncing).add(id);
                }
            }
            for (Object[] row : em.createQuery("select x.sfId, x.erpId, x.targetSystem from CrossReference x "
                            + "where x.entityType = :type and x.sfId in :ids order by x.updatedAt", Object[].class)
                    .setParameter("type", CrossReferenceService.ORDER).setParameter("ids", part).getResultList()) {
                erpIds.put((String) row[0], (String) row[1]);
                erpSystems.put((String) row[0], (String) row[2]);
            }
        }
        Map<String, State> states = new HashMap<>();
        for (String id : ids) {
            State state = new State(held.contains(id), syncing.contains(id), dead.contains(id), writingBack.contains(id),
                    erpIds.get(id), erpSystems.get(id));
            if (!state.equals(State.UNKNOWN)) {
                states.put(id, state);
            }
        }
        return states;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueueSync(String sfOrderId) {
        List<InboundEvent> held = events.forOrder(sfOrderId);
        if (held.isEmpty()) {
            return false;
        }
        InboundEvent latest = held.get(held.size() - 1);
        outbox.enqueueFollowUp(latest.id(), OrderEventRecorder.AGGREGATE_TYPE, sfOrderId,
                OrderEventRecorder.routing(latest.payload()), clock.instant());
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueueWriteBack(String system, ErpOrder erpOrder) {
        List<InboundEvent> held = events.forOrder(erpOrder.sfOrderId());
        if (held.isEmpty()) {
            return false;
        }
        boolean known = xref.find(CrossReferenceService.ORDER, erpOrder.sfOrderId(), system)
                .filter(x -> erpOrder.internalId().equals(x.erpId()))
                .filter(x -> erpOrder.number() == null || erpOrder.number().equals(x.erpNumber())).isPresent();
        if (!known) {
            xref.record(CrossReferenceService.ORDER, erpOrder.sfOrderId(), system, erpOrder.internalId(),
                    erpOrder.number());
        }
        sync.queueWriteBack(held.get(held.size() - 1).id(), erpOrder.sfOrderId(), new OrderWriteBackWork(
                erpOrder.sfOrderId(), erpOrder.number(), erpOrder.status(), OrderWriteBackWork.SYNCED, null));
        return true;
    }
}
