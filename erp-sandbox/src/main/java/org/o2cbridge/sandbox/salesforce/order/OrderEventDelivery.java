package org.o2cbridge.sandbox.salesforce.order;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SObjectType.Order;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * Delivers one activation's order event until it is accepted or given up: an attempt that failed
 * for a retryable reason (no connection, timeout, 5xx) is scheduled again after the policy's
 * backoff; when the attempts run out, or the bridge refuses the event with another status, the
 * order is marked {@code ERP_Sync_Status__c = Failed} with the reason. Every attempt sends the
 * same body, so the bridge sees the same idempotency key. An order that was reset away, deactivated
 * or already marked by the bridge is left alone.
 */
public final class OrderEventDelivery {

    private static final Logger LOG = Logger.getLogger(OrderEventDelivery.class.getName());

    private final SalesforceOrg org;
    private final BiFunction<URI, String, CalloutResult> callout;
    private final ScheduledExecutorService scheduler;
    private final RetryPolicy policy;

    public OrderEventDelivery(SalesforceOrg org, BiFunction<URI, String, CalloutResult> callout,
                              ScheduledExecutorService scheduler, RetryPolicy policy) {
        this.org = org;
        this.callout = callout;
        this.scheduler = scheduler;
        this.policy = policy;
    }

    /** Makes the first attempt on the calling thread and answers its outcome. */
    public CalloutResult deliverNow(String orderId, URI target, String body) {
        return attempt(orderId, target, body, 1);
    }

    /** Makes every attempt in the background. */
    public void deliverLater(String orderId, URI target, String body) {
        scheduler.execute(() -> attempt(orderId, target, body, 1));
    }

    private CalloutResult attempt(String orderId, URI target, String body, int attempt) {
        CalloutResult result = callout.apply(target, body);
        if (result.delivered()) {
            LOG.info(() -> "Order event for " + orderId + " delivered on attempt " + attempt + ": HTTP " + result.httpStatus());
        } else if (result.retryable() && attempt < policy.maxAttempts()) {
            LOG.warning(() -> "Order event for " + orderId + " failed on attempt " + attempt + ", will retry: " + result.reason());
            scheduler.schedule(() -> retry(orderId, target, body, attempt + 1),
                    policy.delayBefore(attempt + 1).toMillis(), TimeUnit.MILLISECONDS);
        } else {
            String reason = result.retryable()
                    ? "Delivery failed after " + attempt + " attempts: " + result.reason()
                    : result.reason();
            LOG.warning(() -> "Order event for " + orderId + " given up: " + reason);
            markFailed(orderId, reason);
        }
        return result;
    }

    private void retry(String orderId, URI target, String body, int attempt) {
        if (stillPending(orderId)) {
            attempt(orderId, target, body, attempt);
        }
    }

    private boolean stillPending(String orderId) {
        return org.find(SObjectType.ORDER, orderId).filter(OrderEventDelivery::awaitsErp).isPresent();
    }

    private void markFailed(String orderId, String reason) {
        String error = reason.length() > Order.SYNC_ERROR_MAX_LENGTH
                ? reason.substring(0, Order.SYNC_ERROR_MAX_LENGTH) : reason;
        org.update(SObjectType.ORDER, orderId, fields -> awaitsErp(fields)
                ? Map.of("ERP_Sync_Status__c", Order.SYNC_FAILED, "ERP_Sync_Error__c", error)
                : Map.of());
    }

    private static boolean awaitsErp(SObjectRecord order) {
        return awaitsErp(order.fields());
    }

    private static boolean awaitsErp(Map<String, Object> order) {
        return Order.ACTIVATED.equals(order.get("Status")) && Order.SYNC_PENDING.equals(order.get("ERP_Sync_Status__c"));
    }
}
