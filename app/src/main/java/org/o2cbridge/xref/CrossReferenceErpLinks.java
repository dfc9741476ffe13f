package org.o2cbridge.xref;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.billing.OrderLinks;
import org.o2cbridge.jobs.ErpLinks;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The Salesforce Orders and Accounts of one ERP's sales orders and customers, from the
 * cross-references the order sync recorded for that system: an SAP sales order number or a D365
 * {@code dataAreaId:SalesOrderNumber} is looked up among that system's rows only.
 */
@ApplicationScoped
public class CrossReferenceErpLinks implements ErpLinks {

    @Inject
    CrossReferenceService references;

    @Override
    public OrderLinks of(String system) {
        return new OrderLinks() {
            @Override
            public Optional<String> salesforceOrder(String erpOrderId) {
                return references.findByErpId(CrossReferenceService.ORDER, system, erpOrderId).map(CrossReference::sfId);
            }

            @Override
            public Optional<String> salesforceAccount(String erpCustomerId) {
                return references.findByErpId(CrossReferenceService.ACCOUNT, system, erpCustomerId)
                        .map(CrossReference::sfId);
            }

            @Override
            public Map<String, String> salesforceOrders(Collection<String> erpOrderIds) {
                return references.sfIdsByErpIds(CrossReferenceService.ORDER, system, erpOrderIds);
            }

            @Override
            public Map<String, String> salesforceAccounts(Collection<String> erpCustomerIds) {
                return references.sfIdsByErpIds(CrossReferenceService.ACCOUNT, system, erpCustomerIds);
            }
        };
    }
}
