package org.o2cbridge.connector;

import org.o2cbridge.customer.SalesforceAccount;

/**
 * The initial load's accounts as the ERP-neutral customer every adapter maps, exactly as an order's
 * account becomes one: Salesforce's empty address is none, and the legal entity the run names (or
 * none) chooses the ERP's company, sales area or subsidiary through the same mapping rows. A load
 * knows no currency.
 */
public final class LoadedCustomers {

    private LoadedCustomers() {
    }

    public static ErpCustomer customer(SalesforceAccount account, String legalEntity) {
        return new ErpCustomer(account.id(), account.name(), address(account.billing()), address(account.shipping()),
                null, legalEntity == null || legalEntity.isBlank() ? null : legalEntity.strip());
    }

    private static ErpCustomer.Address address(SalesforceAccount.Address address) {
        return address == null || address.isEmpty() ? null : new ErpCustomer.Address(address.street(), address.city(),
                address.state(), address.postalCode(), address.country());
    }
}
