package org.o2cbridge.customer;

import java.io.Serializable;

/**
 * A Salesforce Account as the initial load reads it: its Id (the customer's external id in the
 * ERP), its name and its billing and shipping addresses; a part Salesforce left empty is null.
 */
public record SalesforceAccount(String id, String name, Address billing, Address shipping) implements Serializable {

    /** A postal address; any part may be null, and an address with no part is none at all. */
    public record Address(String street, String city, String state, String postalCode, String country)
            implements Serializable {

        public boolean isEmpty() {
            return street == null && city == null && state == null && postalCode == null && country == null;
        }
    }

    /** How the job's skipped records name it: {@code account 001…}. */
    public String key() {
        return "account " + id;
    }
}
