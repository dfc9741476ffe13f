package org.o2cbridge.connector.salesforce;

/**
 * How Salesforce took one order's write-back. A failed one carries the first error's
 * {@code statusCode} (e.g. {@code ENTITY_IS_DELETED}) and message as Salesforce gave them; both
 * are null on success.
 */
public record WriteBackResult(String sfOrderId, boolean success, String statusCode, String message) {

    static WriteBackResult succeeded(String sfOrderId) {
        return new WriteBackResult(sfOrderId, true, null, null);
    }
}
