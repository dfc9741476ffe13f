package org.o2cbridge.billing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What Salesforce calls the ERP's sales orders and customers, as far as the bridge knows. */
public interface OrderLinks {

    Optional<String> salesforceOrder(String erpOrderId);

    Optional<String> salesforceAccount(String erpCustomerId);

    /** The Salesforce Orders of many sales orders at once, by ERP id; unknown ones are left out. */
    default Map<String, String> salesforceOrders(Collection<String> erpOrderIds) {
        Map<String, String> found = new HashMap<>();
        erpOrderIds.forEach(id -> salesforceOrder(id).ifPresent(sf -> found.put(id, sf)));
        return found;
    }

    /** The Salesforce Accounts of many customers at once, by ERP id; unknown ones are left out. */
    default Map<String, String> salesforceAccounts(Collection<String> erpCustomerIds) {
        Map<String, String> found = new HashMap<>();
        erpCustomerIds.forEach(id -> salesforceAccount(id).ifPresent(sf -> found.put(id, sf)));
        return found;
    }
}
