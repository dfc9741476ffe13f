package org.o2cbridge.connector.netsuite.soap;

import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.netsuite.generated.Address;
import org.o2cbridge.connector.netsuite.generated.Customer;
import org.o2cbridge.connector.netsuite.generated.CustomerAddressbook;
import org.o2cbridge.connector.netsuite.generated.CustomerAddressbookList;
import org.o2cbridge.connector.netsuite.generated.RecordRef;
import org.o2cbridge.connector.transform.AddressLines;
import org.o2cbridge.connector.transform.FieldText;

import java.util.List;
import java.util.Objects;

/**
 * An ERP-neutral customer as a SOAP {@code Customer}: the Salesforce Account Id as external id, the
 * company name cut to NetSuite's length, the configured subsidiary, the currency by name, and the
 * billing and shipping addresses (one entry when they are the same place) with street lines of at
 * most 150 characters and the country in NetSuite's enumeration.
 */
final class SoapCustomerMapper {

    private static final List<Integer> STREET_FIELDS = List.of(150, 150, 150);

    private final String subsidiary;
    private final int nameMaxLength;

    SoapCustomerMapper(String subsidiary, int nameMaxLength) {
        this.subsidiary = subsidiary;
        this.nameMaxLength = nameMaxLength;
    }

    Customer customer(ErpCustomer source) {
        Customer customer = new Customer();
        customer.setExternalId(source.sfAccountId());
        customer.setIsPerson(false);
        customer.setCompanyName(FieldText.truncate(source.name(), nameMaxLength));
        if (subsidiary != null) {
            RecordRef ref = new RecordRef();
            ref.setInternalId(subsidiary);
            customer.setSubsidiary(ref);
        }
        if (source.currency() != null && !source.currency().isBlank()) {
            RecordRef currency = new RecordRef();
            currency.setName(source.currency());
            customer.setCurrency(currency);
        }
        CustomerAddressbookList book = new CustomerAddressbookList();
        ErpCustomer.Address billing = source.billingAddress();
        ErpCustomer.Address shipping = source.shippingAddress();
        if (billing != null && (shipping == null || Objects.equals(billing, shipping))) {
            book.getAddressbook().add(entry(billing, true, true, "Billing"));
        } else {
            if (billing != null) {
                book.getAddressbook().add(entry(billing, true, false, "Billing"));
            }
            if (shipping != null) {
                book.getAddressbook().add(entry(shipping, false, true, "Shipping"));
            }
        }
        if (!book.getAddressbook().isEmpty()) {
            book.setReplaceAll(true);
            customer.setAddressbookList(book);
        }
        return customer;
    }

    private static CustomerAddressbook entry(ErpCustomer.Address source, boolean billing, boolean shipping, String label) {
        CustomerAddressbook entry = new CustomerAddressbook();
        entry.setDefaultShipping(shipping);
        entry.setDefaultBilling(billing);
        entry.setLabel(label);
        Address address = new Address();
        SoapCountries.fromIso(source.country()).ifPresent(address::setCountry);
        List<String> street = AddressLines.split(source.street(), STREET_FIELDS);
        address.setAddr1(street.size() > 0 ? street.get(0) : null);
        address.setAddr2(street.size() > 1 ? street.get(1) : null);
        address.setAddr3(street.size() > 2 ? street.get(2) : null);
        address.setCity(source.city());
        address.setState(source.state());
        address.setZip(source.postalCode());
        entry.setAddressbookAddress(address);
        return entry;
    }
}
