package org.o2cbridge.sandbox.salesforce.order;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.o2cbridge.sandbox.platform.ProblemException;
import org.o2cbridge.sandbox.salesforce.data.RecordChange;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SObjectType.Order;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * What the O2C package does when an order is activated: only a change to Activated counts; the
 * order event is built from the activated order, its account and its items, and sent to the
 * bridge's {@code /api/v1/order-events}. An activation through the control API makes the first
 * attempt at once and reports it; one through a REST update is delivered in the background.
 */
public final class OrderActivationService {

    static final String ORDER_EVENTS_PATH = "/api/v1/order-events";

    private final SalesforceOrg org;
    private final OrderEventDelivery delivery;
    private final Optional<URI> bridgeUrl;
    private final int maxAttempts;

    public OrderActivationService(SalesforceOrg org, OrderEventDelivery delivery, Optional<URI> bridgeUrl, int maxAttempts) {
        this.org = org;
        this.delivery = delivery;
        this.bridgeUrl = bridgeUrl;
        this.maxAttempts = maxAttempts;
    }

    /** Activates an order; {@code origin} is where the bridge runs when no bridge URL is configured. */
    public ActivationResult activate(String orderId, URI origin) {
        return activate(orderId, origin, true);
    }

    /**
     * Activates an order; with {@code deliver} false its order event is not sent at all, as when
     * the package's delivery was lost (the bridge then never hears of the order).
     */
    public ActivationResult activate(String orderId, URI origin, boolean deliver) {
        RecordChange change = org.update(SObjectType.ORDER, orderId,
                        fields -> Order.ACTIVATED.equals(fields.get("Status")) ? Map.of() : Map.of("Status", Order.ACTIVATED))
                .orElseThrow(() -> ProblemException.notFound("There is no Order with id " + orderId));
        if (!change.activatedOrder()) {
            return resultFor(change.after(), Optional.empty());
        }
        SObjectRecord order = change.after();
        if (!deliver) {
            return resultFor(order, Optional.empty());
        }
        CalloutResult first = delivery.deliverNow(order.id(), orderEventsUri(origin), payloadFor(order));
        SObjectRecord current = org.find(SObjectType.ORDER, order.id()).orElse(order);
        return resultFor(current, Optional.of(first));
    }

    /** Delivers the order event of an order a REST update has just activated. */
    public void deliverInBackground(String orderId, URI origin) {
        org.find(SObjectType.ORDER, orderId).ifPresent(order ->
                delivery.deliverLater(order.id(), orderEventsUri(origin), payloadFor(order)));
    }

    URI orderEventsUri(URI origin) {
        String base = bridgeUrl.orElse(origin).toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + ORDER_EVENTS_PATH);
    }

    private String payloadFor(SObjectRecord order) {
        SObjectRecord account = org.find(SObjectType.ACCOUNT, order.text("AccountId"))
                .orElseThrow(() -> new IllegalStateException("Order " + order.id() + " has no account"));
        return OrderEventPayload.of(order, account, org.orderItems(order.id())).toString();
    }

    private ActivationResult resultFor(SObjectRecord order, Optional<CalloutResult> callout) {
        boolean retrying = callout.filter(result -> !result.delivered() && result.retryable() && maxAttempts > 1).isPresent();
        return new ActivationResult(order.id(), order.text("Status"), order.text("ERP_Sync_Status__c"), callout, retrying);
    }
}
