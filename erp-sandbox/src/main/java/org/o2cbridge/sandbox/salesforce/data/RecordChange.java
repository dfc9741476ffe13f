package org.o2cbridge.sandbox.salesforce.data;

import org.o2cbridge.sandbox.salesforce.data.SObjectType.Order;

/** One applied update: the record before and after it, so callers can react to transitions. */
public record RecordChange(SObjectRecord before, SObjectRecord after) {

    /** Whether this update moved an Order to Activated (re-saving an activated order does not). */
    public boolean activatedOrder() {
        return after.type() == SObjectType.ORDER
                && Order.ACTIVATED.equals(after.text("Status"))
                && !Order.ACTIVATED.equals(before.text("Status"));
    }
}
