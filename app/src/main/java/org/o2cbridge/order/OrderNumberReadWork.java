package org.o2cbridge.order;

/**
 * The payload of a {@code sales-order.read-number} step: the Salesforce order and the internal id
 * its ERP gave the sales order, whose number and status are still to be read.
 */
public record OrderNumberReadWork(String sfOrderId, String internalId) {
}
