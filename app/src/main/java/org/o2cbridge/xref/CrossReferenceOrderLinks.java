package org.o2cbridge.xref;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.billing.OrderLinks;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The Salesforce Order and Account of an ERP's sales orders and customers, from the
 * cross-references the order sync recorded for that ERP.
 */
@ApplicationScoped
public class CrossReferenceOrderLinks implements OrderLinks {

    @Inject
    CrossReferenceService references;

    @Override
    public Optional<String> salesforceOrder(String system, String erpOrderId) {
        return references.findByErpId(CrossReferenceService.ORDER, system, erpOrderId).map(CrossReference::sfId);
    }

    @Override
    public Optional<String> salesforceAccount(String system, String erpCustomerId) {
        return references.findByErpId(CrossReferenceService.ACCOUNT, system, erpCustomerId).map(CrossReference::sfId);
    }

    @Override
    public Map<String, String> salesforceOrders(String system, Collection<String> erpOrderIds) {
        return references.sfIdsByErpIds(CrossReferenceService.ORDER, system, erpOrderIds);
    }

    @Override
    public Map<String, String> salesforceAccounts(String system, Collection<String> erpCustomerIds) {
        return references.sfIdsByErpIds(CrossReferenceService.ACCOUNT, system, erpCustomerIds);
    }
}
