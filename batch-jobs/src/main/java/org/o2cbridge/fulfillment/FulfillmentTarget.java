package org.o2cbridge.fulfillment;

import java.util.List;

/**
 * Salesforce's Orders, updated by their Salesforce ids with their shipments: one outcome per
 * shipment, in order. A refused record is an outcome, not an exception; a call that fails as a
 * whole throws.
 */
public interface FulfillmentTarget {

    List<UpdateOutcome> update(List<OrderShipment> shipments);

    /** How Salesforce took one Order: its error code and message when it refused it. */
    record UpdateOutcome(String sfOrderId, boolean success, String statusCode, String message) {
    }
}
