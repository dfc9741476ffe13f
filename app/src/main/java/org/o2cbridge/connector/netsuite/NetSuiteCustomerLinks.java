package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.customer.CustomerLinks;
import org.o2cbridge.xref.CrossReferenceService;

/**
 * The initial load's customers in the cross-references, as the order dispatch records the
 * customers it upserts: an order of a loaded account then finds its NetSuite customer known.
 */
@ApplicationScoped
public class NetSuiteCustomerLinks implements CustomerLinks {

    @Inject
    CrossReferenceService references;

    @Override
    public void link(String sfAccountId, String erpCustomerId) {
        references.record(CrossReferenceService.ACCOUNT, sfAccountId, NetSuiteGateway.SYSTEM, erpCustomerId, null);
    }
}
