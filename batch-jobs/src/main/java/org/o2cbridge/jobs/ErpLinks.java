package org.o2cbridge.jobs;

import org.o2cbridge.billing.OrderLinks;

/**
 * The cross-references of one ERP: what Salesforce calls that system's sales orders and customers.
 * A job that reads several ERPs links each record through the links of the system it read it from
 * (the cross-references hold a row per system), never through another system's ids.
 */
public interface ErpLinks {

    /** The links of {@code system} ({@code netsuite}, {@code sap}, {@code d365}). */
    OrderLinks of(String system);
}
