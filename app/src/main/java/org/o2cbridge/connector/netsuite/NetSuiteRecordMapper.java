package org.o2cbridge.connector.netsuite;

import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.transform.FieldText;
import org.o2cbridge.mapping.MappingService;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.o2cbridge.connector.netsuite.NetSuiteGateway.SYSTEM;
import static org.o2cbridge.mapping.MappingService.COUNTRY;
import static org.o2cbridge.mapping.MappingService.CURRENCY;
import static org.o2cbridge.mapping.MappingService.ITEM;
import static org.o2cbridge.mapping.MappingService.LEGAL_ENTITY;
import static org.o2cbridge.mapping.MappingService.STATE;
import static org.o2cbridge.mapping.MappingService.UNIT_OF_MEASURE;

/**
 * Turns the ERP-neutral customer and sales order into NetSuite record bodies: names cut to
 * NetSuite's limit, enumerations (country, state, currency, unit, the legal entity's subsidiary)
 * through the {@code netsuite} mapping rows, keeping the Salesforce value where no row maps it, and
 * a multi-line street spread over {@code addr1..addr3}.
 */
class NetSuiteRecordMapper {

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
                        NetSuiteBodies.Ref.externalId(mappings.mapOrKeep(SYSTEM, ITEM, line.productCode())), line.quantity(),
                        mappings.mapOrKeep(SYSTEM, UNIT_OF_MEASURE, line.unitOfMeasure())))
                .toList();
        String memo = order.orderNumber() == null ? null : "Salesforce order " + order.orderNumber();
        return new NetSuiteBodies.SalesOrder(order.sfOrderId(), NetSuiteBodies.Ref.id(customerInternalId),
                order.effectiveDate() == null ? null : order.effectiveDate().toString(), currency(order.currency()),
                order.poNumber(), memo, new NetSuiteBodies.Sublist<>(lines));
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
        List<String> street = address.street() == null ? List.of()
                : address.street().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String addr3 = street.size() > 2 ? String.join(", ", street.subList(2, street.size())) : null;
        return new NetSuiteBodies.Address(street.isEmpty() ? null : street.get(0), street.size() > 1 ? street.get(1) : null,
                addr3, address.city(), mappings.mapOrKeep(SYSTEM, STATE, address.state()), address.postalCode(),
                NetSuiteBodies.Ref.id(mappings.mapOrKeep(SYSTEM, COUNTRY, address.country())));
    }

    private String truncate(String name) {
        return FieldText.truncate(name, settings.nameMaxLength());
    }
}
