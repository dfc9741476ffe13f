package org.o2cbridge.fulfillment;

/** A fulfillment linked to its Salesforce Order, with what that Order shows of all the order's shipments. */
public record FulfillmentRecord(Fulfillment fulfillment, OrderShipment shipment) {
}
