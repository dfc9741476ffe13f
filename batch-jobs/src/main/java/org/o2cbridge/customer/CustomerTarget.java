package org.o2cbridge.customer;

import org.o2cbridge.jobs.ErpPort;

import java.util.List;

/**
 * The ERP's customers, upserted by the Salesforce Account Id as external id: answers one outcome
 * per account, in their order — the customer's internal id, or the ERP's code and message when it
 * refused that one. A call that fails as a whole throws. The legal entity the run names (blank:
 * none) chooses the customers' company, sales area or subsidiary as it does for an order's
 * customer.
 */
public interface CustomerTarget extends ErpPort {

    List<Outcome> upsert(List<SalesforceAccount> accounts, String legalEntity);

    record Outcome(String accountId, boolean success, String internalId, String code, String message) {
    }
}
