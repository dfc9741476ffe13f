package org.o2cbridge.reconciliation;

import java.util.Collection;
import java.util.Map;

/** The ERP's sales orders made from Salesforce Orders, looked up by the Orders' ids (their external ids). */
public interface ErpOrderSource {

    /** The ERP's sales orders of these Salesforce Orders, by Order id; orders it lacks are left out. */
    Map<String, ErpOrder> bySalesforceIds(Collection<String> sfOrderIds);
}
