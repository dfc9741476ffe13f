package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.billing.OrderLinks;
import org.o2cbridge.xref.CrossReference;
import org.o2cbridge.xref.CrossReferenceService;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The Salesforce Order and Account of NetSuite's sales orders and customers, from the
 * cross-references the order sync recorded.
 */
@ApplicationScoped
public class NetSuiteOrderLinks implements OrderLinks {

    @Inject
    CrossReferenceService references;

    @Override
    public Optional<String> salesforceOrder(String erpOrderId) {
        return references.findByErpId(CrossReferenceService.ORDER, NetSuiteGateway.SYSTEM, erpOrderId)
                .map(CrossReference::sfId);
    }

    @Override
    public Optional<String> salesforceAccount(String erpCustomerId) {
        return references.findByErpId(CrossReferenceService.ACCOUNT, NetSuiteGateway.SYSTEM, erpCustomerId)
                .map(CrossReference::sfId);
    }

    @Override
    public Map<String, String> salesforceOrders(Collection<String> erpOrderIds) {
        return references.sfIdsByErpIds(CrossReferenceService.ORDER, NetSuiteGateway.SYSTEM, erpOrderIds);
    }

    @Override
    public Map<String, String> salesforceAccounts(Collection<String> erpCustomerIds) {
        return references.sfIdsByErpIds(CrossReferenceService.ACCOUNT, NetSuiteGateway.SYSTEM, erpCustomerIds);
    }
}
