package org.o2cbridge.connector;

/**
 * A Salesforce account as an ERP customer. Names and addresses arrive as Salesforce holds them;
 * each adapter applies its ERP's limits (NetSuite truncates names to 83 characters) and maps
 * enumerations (country, state) through the mapping tables.
 */
public record ErpCustomer(String sfAccountId, String name, Address billingAddress, Address shippingAddress,
                          String currency, String legalEntity) {

    /** A postal address; the street may span several lines. Any part may be null. */
    public record Address(String street, String city, String state, String postalCode, String country) {
    }
}
