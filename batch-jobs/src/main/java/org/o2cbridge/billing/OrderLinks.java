package org.o2cbridge.billing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Salesforce calls the sales orders and customers of an ERP ({@code system}: {@code netsuite},
 * {@code sap}, {@code d365}), as far as the bridge knows.
 */
public interface OrderLinks {

    Optional<String> salesforceOrder(String system, String erpOrderId);

    Optional<String> salesforceAccount(String system, String erpCustomerId);

    /** The Salesforce Orders of many sales orders of the ERP at once, by ERP id; unknown ones are left out. */
    default Map<String, String> salesforceOrders(String system, Collection<String> erpOrderIds) {
        Map<String, String> found = new HashMap<>();
        erpOrderIds.forEach(id -> salesforceOrder(system, id).ifPresent(sf -> found.put(id, sf)));
        return found;
    }

    /** The Salesforce Accounts of many customers of the ERP at once, by ERP id; unknown ones are left out. */
    default Map<String, String> salesforceAccounts(String system, Collection<String> erpCustomerIds) {
        Map<String, String> found = new HashMap<>();
        erpCustomerIds.forEach(id -> salesforceAccount(system, id).ifPresent(sf -> found.put(id, sf)));
        return found;
    }
}
