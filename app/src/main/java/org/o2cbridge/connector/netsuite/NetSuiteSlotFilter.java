package org.o2cbridge.connector.netsuite;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.o2cbridge.governance.CallPermits;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;

/**
 * Takes the slot of NetSuite's concurrency limit for the call in progress on this thread
 * ({@link CallPermits#callOnSend}) as its request goes out: after the Rest Client has built the
 * request and before it is signed, so the signature's timestamp is never older than the wait for
 * a slot, and the building holds no slot. A request made outside such a call is refused here, so
 * none reaches NetSuite without a slot.
 */
class NetSuiteSlotFilter implements ClientRequestFilter {

    private final CallPermits permits;
    private final Runnable sent;

    /** {@code sent} runs once the slot is held, as the request goes out (to time the call from there). */
    NetSuiteSlotFilter(CallPermits permits, Runnable sent) {
        this.permits = permits;
        this.sent = sent;
    }

    @Override
    public void filter(ClientRequestContext request) {
        permits.sending(SYSTEM);
        sent.run();
    }
}
