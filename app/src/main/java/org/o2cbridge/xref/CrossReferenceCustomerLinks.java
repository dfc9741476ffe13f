package org.o2cbridge.xref;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.customer.CustomerLinks;

/**
 * The initial load's customers in the cross-references, as the order dispatch records the
 * customers it upserts: an order of a loaded account then finds its ERP customer known.
 */
@ApplicationScoped
public class CrossReferenceCustomerLinks implements CustomerLinks {

    @Inject
    CrossReferenceService references;

    @Override
    public void link(String system, String sfAccountId, String erpCustomerId) {
        references.record(CrossReferenceService.ACCOUNT, sfAccountId, system, erpCustomerId, null);
    }
}
