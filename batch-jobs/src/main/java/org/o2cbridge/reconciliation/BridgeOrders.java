package org.o2cbridge.reconciliation;

import java.util.Collection;
import java.util.Map;

/**
 * What the bridge holds of Salesforce Orders, and the outbox work the reconciliation may queue for
 * them. The queueing runs in the caller's (the chunk's) transaction.
 */
public interface BridgeOrders {

    /**
     * Where the bridge stands with an order; {@code xrefSystem} is the ERP of its cross-reference
     * (the ERP the bridge synced it to), null without one.
     */
    record State(boolean eventHeld, boolean syncInFlight, boolean syncDead, boolean writeBackInFlight,
                 String xrefErpId, String xrefSystem) {

        public static final State UNKNOWN = new State(false, false, false, false, null, null);

        public State(boolean eventHeld, boolean syncInFlight, boolean syncDead, boolean writeBackInFlight,
                     String xrefErpId) {
            this(eventHeld, syncInFlight, syncDead, writeBackInFlight, xrefErpId, null);
        }
    }

    /** The state of each order; orders the bridge knows nothing of are {@link State#UNKNOWN}. */
    Map<String, State> states(Collection<String> sfOrderIds);

    /**
     * Queues the order's sync again, from the order event the bridge accepted, exactly as its
     * acceptance did (the routing step first); false when the bridge holds no event of it.
     */
    boolean enqueueSync(String sfOrderId);

    /**
     * Records the order's cross-reference to {@code system} when it is missing and queues the
     * write-back of the ERP's number and status with {@code Synced}; false when the bridge holds no
     * event of the order.
     */
    boolean enqueueWriteBack(String system, ErpOrder erpOrder);
}
