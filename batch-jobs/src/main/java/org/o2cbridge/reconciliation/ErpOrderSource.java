package org.o2cbridge.reconciliation;

import org.o2cbridge.jobs.ErpPort;

import java.util.Collection;
import java.util.Map;

/**
 * One ERP's sales orders made from Salesforce Orders, looked up by the Orders' ids (the key each
 * ERP's adapter keeps them by). Each ERP's adapter implements it once; the reconciliation asks the
 * ERP each order is routed to.
 */
public interface ErpOrderSource extends ErpPort {

    /** The ERP's sales orders of these Salesforce Orders, by Order id; orders it lacks are left out. */
    Map<String, ErpOrder> bySalesforceIds(Collection<String> sfOrderIds);
}
