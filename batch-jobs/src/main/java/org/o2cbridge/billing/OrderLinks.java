package org.o2cbridge.billing;

import java.util.Optional;

/** What Salesforce calls the ERP's sales orders and customers, as far as the bridge knows. */
public interface OrderLinks {

    Optional<String> salesforceOrder(String erpOrderId);

    Optional<String> salesforceAccount(String erpCustomerId);
}
