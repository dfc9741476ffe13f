package org.o2cbridge.connector.netsuite;

import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpFieldValues;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.transform.AddressLines;
import org.o2cbridge.connector.transform.BusinessDates;
import org.o2cbridge.connector.transform.Countries;
import org.o2cbridge.connector.transform.FieldText;
import org.o2cbridge.mapping.MappingService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;
import static org.o2cbridge.mapping.MappingService.CURRENCY;
import static org.o2cbridge.mapping.MappingService.ITEM;
import static org.o2cbridge.mapping.MappingService.LEGAL_ENTITY;
import static org.o2cbridge.mapping.MappingService.PAYMENT_TERMS;
import static org.o2cbridge.mapping.MappingService.SHIPPING_METHOD;
import static org.o2cbridge.mapping.MappingService.STATE;
import static org.o2cbridge.mapping.MappingService.UNIT_OF_MEASURE;

/**
 * Turns the ERP-neutral customer and sales order into NetSuite record bodies: names cut to
 * NetSuite's limit, enumerations (state, currency, unit, the legal entity's subsidiary) through
 * the {@code netsuite} mapping rows, keeping the Salesforce value where no row maps it, countries
 * through a row or else as the ISO alpha-2 code the text names ({@link Countries}),
 * quantities to {@code o2c.netsuite.quantity-decimals}, and a multi-line street spread over
 * {@code addr1..addr3} ({@link AddressLines}). Payment terms and shipping method go as the internal
 * ids of their {@code netsuite/payment-terms} and {@code netsuite/shipping-method} rows, and an
 * order whose value has no row is refused ({@link ErpFieldValues#mapped}). No price or total is
 * ever sent: NetSuite prices the lines.
 */
class NetSuiteRecordMapper {

    /** The REST record service's country enumeration ids are the ISO alpha-2 codes. */
    static final Countries.CodeForm COUNTRY_CODE = Countries.CodeForm.ALPHA_2;
    /** {@code addr1}, {@code addr2} and {@code addr3} hold 150 characters each. */
    static final List<Integer> STREET_FIELDS = List.of(150, 150, 150);

    private final MappingService mappings;
    private final NetSuiteSettings settings;

    NetSuiteRecordMapper(MappingService mappings, NetSuiteSettings settings) {
        this.mappings = mappings;
        this.settings = settings;
    }

    NetSuiteBodies.Customer customer(ErpCustomer customer) {
        String subsidiary = mappings.lookup(SYSTEM, LEGAL_ENTITY, customer.legalEntity()).orElse(settings.subsidiary());
        return new NetSuiteBodies.Customer(customer.sfAccountId(), truncate(customer.name()), false,
                NetSuiteBodies.Ref.id(subsidiary), currency(customer.currency()),
                new NetSuiteBodies.Sublist<>(addressBook(customer.billingAddress(), customer.shippingAddress())));
    }

    NetSuiteBodies.SalesOrder salesOrder(ErpSalesOrder order, String customerInternalId) {
        List<NetSuiteBodies.Line> lines = order.lines().stream()
                .map(line -> new NetSuiteBodies.Line(
                        NetSuiteBodies.Ref.externalId(mappings.mapOrKeep(SYSTEM, ITEM, line.productCode())), quantity(line),
                        mappings.mapOrKeep(SYSTEM, UNIT_OF_MEASURE, line.unitOfMeasure())))
                .toList();
        String memo = order.orderNumber() == null ? null : "Salesforce order " + order.orderNumber();
        return new NetSuiteBodies.SalesOrder(order.sfOrderId(), NetSuiteBodies.Ref.id(customerInternalId),
                tranDate(order), currency(order.currency()),
                order.poNumber(), memo,
                NetSuiteBodies.Ref.id(ErpFieldValues.mapped(SYSTEM, mappings, PAYMENT_TERMS, order.paymentTerms())),
                NetSuiteBodies.Ref.id(ErpFieldValues.mapped(SYSTEM, mappings, SHIPPING_METHOD, order.shippingMethod())),
                new NetSuiteBodies.Sublist<>(lines));
    }

    /** The order's date in the account's time zone ({@code o2c.netsuite.time-zone}). */
    private String tranDate(ErpSalesOrder order) {
        LocalDate date = BusinessDates.orderDate(order.activatedAt(), order.effectiveDate(), settings.timeZone());
        return date == null ? null : date.toString();
    }

    private static String line(List<String> street, int index) {
        return index < street.size() ? street.get(index) : null;
    }

    private BigDecimal quantity(ErpSalesOrder.Line line) {
        return ErpFieldValues.quantity(SYSTEM, line, settings.quantityDecimals());
    }

    private NetSuiteBodies.Ref currency(String isoCode) {
        return NetSuiteBodies.Ref.refName(mappings.mapOrKeep(SYSTEM, CURRENCY, isoCode));
    }

    /** One entry when billing and shipping are the same place (or one is missing), else two. */
    private List<NetSuiteBodies.AddressBookEntry> addressBook(ErpCustomer.Address billing, ErpCustomer.Address shipping) {
        List<NetSuiteBodies.AddressBookEntry> entries = new ArrayList<>();
        if (billing != null && (shipping == null || Objects.equals(billing, shipping))) {
            entries.add(new NetSuiteBodies.AddressBookEntry(true, true, "Billing", address(billing)));
        } else {
            if (billing != null) {
                entries.add(new NetSuiteBodies.AddressBookEntry(true, false, "Billing", address(billing)));
            }
            if (shipping != null) {
                entries.add(new NetSuiteBodies.AddressBookEntry(false, true, "Shipping", address(shipping)));
            }
        }
        return entries;
    }

    private NetSuiteBodies.Address address(ErpCustomer.Address address) {
        List<String> street = AddressLines.split(address.street(), STREET_FIELDS);
        return new NetSuiteBodies.Address(line(street, 0), line(street, 1), line(street, 2), address.city(), mappings.mapOrKeep(SYSTEM, STATE, address.state()), address.postalCode(),
                NetSuiteBodies.Ref.id(country(address.country())));
    }

    private String country(String text) {
        return ErpFieldValues.country(SYSTEM, mappings, text, COUNTRY_CODE);
    }

    private String truncate(String name) {
        return FieldText.truncate(name, settings.nameMaxLength());
    }
}
