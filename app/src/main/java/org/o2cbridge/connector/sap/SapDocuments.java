package org.o2cbridge.connector.sap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpFieldValues;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.transform.AddressLines;
import org.o2cbridge.connector.transform.BusinessDates;
import org.o2cbridge.connector.transform.Countries;
import org.o2cbridge.connector.transform.FieldText;
import org.o2cbridge.mapping.MappingService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;
import static org.o2cbridge.mapping.MappingService.CURRENCY;
import static org.o2cbridge.mapping.MappingService.ITEM;
import static org.o2cbridge.mapping.MappingService.PAYMENT_TERMS;
import static org.o2cbridge.mapping.MappingService.SHIPPING_METHOD;
import static org.o2cbridge.mapping.MappingService.STATE;
import static org.o2cbridge.mapping.MappingService.UNIT_OF_MEASURE;

/**
 * Turns the ERP-neutral customer and sales order into SAP documents: a business partner
 * (organisation, customer role, one customer sales area) keyed on the Salesforce Account Id in
 * {@code BusinessPartnerIDByExtSystem}, and a sales order header with all its items keyed on the
 * Salesforce Order Id in {@code PurchaseOrderByCustomer}. Values go through the {@code sap} mapping
 * rows (item → product, unit, state → region, currency), keeping the Salesforce value where
 * no row maps it; a country through a row or else as the ISO alpha-2 code the text names. The sales area comes from the legal entity's rows ({@code sales-organization},
 * {@code distribution-channel}, {@code division}), else from {@code o2c.sap.*}; a missing one is a
 * rejection that names the row to add. Payment terms and shipping method go as the codes of their
 * {@code payment-terms} and {@code shipping-method} rows ({@code CustomerPaymentTerms},
 * {@code ShippingCondition}); a value without a row is a rejection naming it. Quantities are
 * rounded to {@code o2c.sap.quantity-decimals} ({@code RequestedQuantity} is {@code Edm.Decimal}
 * with scale 3). No price, amount or total is
 * ever sent: SAP prices.
 */
class SapDocuments {

    static final String SALES_ORGANIZATION = "sales-organization";
    static final String DISTRIBUTION_CHANNEL = "distribution-channel";
    static final String DIVISION = "division";
    static final int NAME_PART = 40;
    /** The business partner address's {@code Country} is SAP's country key, by default the ISO alpha-2 code. */
    static final Countries.CodeForm COUNTRY_CODE = Countries.CodeForm.ALPHA_2;
    /**
     * The street lines, in the order SAP prints them below the street: {@code StreetName} (60),
     * then the supplements "Street 4" and "Street 5" (40 each). "Street 2" and "Street 3"
     * ({@code StreetPrefixName}, {@code AdditionalStreetPrefixName}) print above the street, so a
     * Salesforce street's later lines do not go there.
     */
    static final List<String> STREET_FIELDS = List.of("StreetName", "StreetSuffixName", "AdditionalStreetSuffixName");
    static final List<Integer> STREET_LENGTHS = List.of(60, 40, 40);

    /** Sales organisation, distribution channel and division. */
    record SalesArea(String salesOrganization, String distributionChannel, String division) {
    }

    private final MappingService mappings;
    private final SapSettings settings;

    SapDocuments(MappingService mappings, SapSettings settings) {
        this.mappings = mappings;
        this.settings = settings;
    }

    JsonObject businessPartner(ErpCustomer customer) {
        SalesArea area = salesArea(customer.legalEntity());
        JsonObjectBuilder partner = Json.createObjectBuilder().add("BusinessPartnerCategory", "2");
        if (settings.partnerGrouping() != null) {
            partner.add("BusinessPartnerGrouping", settings.partnerGrouping());
        }
        List<String> name = nameParts(customer.name());
        for (int i = 0; i < name.size(); i++) {
            partner.add("OrganizationBPName" + (i + 1), name.get(i));
        }
        partner.add("SearchTerm1", searchTerm(customer.name()))
                .add("BusinessPartnerIDByExtSystem", customer.sfAccountId());
        ErpCustomer.Address address = customer.billingAddress() != null ? customer.billingAddress() : customer.shippingAddress();
        if (address != null && address.country() != null && !address.country().isBlank()) {
            partner.add("to_BusinessPartnerAddress", results(Json.createArrayBuilder().add(address(address))));
        }
        JsonObjectBuilder salesArea = Json.createObjectBuilder().add("SalesOrganization", area.salesOrganization())
                .add("DistributionChannel", area.distributionChannel()).add("Division", area.division());
        if (customer.currency() != null) {
            salesArea.add("Currency", mappings.mapOrKeep(SYSTEM, CURRENCY, customer.currency()));
        }
        return partner
                .add("to_BusinessPartnerRole", results(Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("BusinessPartnerRole", settings.customerRole()))))
                .add("to_Customer", Json.createObjectBuilder()
                        .add("to_CustomerSalesArea", results(Json.createArrayBuilder().add(salesArea))))
                .build();
    }

    JsonObject salesOrder(ErpSalesOrder order, String soldToParty) {
        SalesArea area = salesArea(order.legalEntity());
        JsonObjectBuilder header = Json.createObjectBuilder()
                .add("SalesOrderType", settings.salesOrderType())
                .add("SalesOrganization", area.salesOrganization())
                .add("DistributionChannel", area.distributionChannel())
                .add("OrganizationDivision", area.division())
                .add("SoldToParty", soldToParty)
                .add("PurchaseOrderByCustomer", order.sfOrderId());
        if (order.effectiveDate() != null) {
            header.add("CustomerPurchaseOrderDate", order.effectiveDate().toString());
        }
        LocalDate orderDate = BusinessDates.orderDate(order.activatedAt(), order.effectiveDate(), settings.timeZone());
        if (orderDate != null) {
            header.add("SalesOrderDate", orderDate.toString());
        }
        if (order.currency() != null) {
            header.add("TransactionCurrency", mappings.mapOrKeep(SYSTEM, CURRENCY, order.currency()));
        }
        String paymentTerms = ErpFieldValues.mapped(SYSTEM, mappings, PAYMENT_TERMS, order.paymentTerms());
        if (paymentTerms != null) {
            header.add("CustomerPaymentTerms", paymentTerms);
        }
        String shippingCondition = ErpFieldValues.mapped(SYSTEM, mappings, SHIPPING_METHOD, order.shippingMethod());
        if (shippingCondition != null) {
            header.add("ShippingCondition", shippingCondition);
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ErpSalesOrder.Line line : order.lines()) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("Product", mappings.mapOrKeep(SYSTEM, ITEM, line.productCode()))
                    .add("RequestedQuantity", quantity(line));
            if (line.unitOfMeasure() != null) {
                item.add("RequestedQuantityISOUnit", mappings.mapOrKeep(SYSTEM, UNIT_OF_MEASURE, line.unitOfMeasure()));
            }
            items.add(item);
        }
        header.add("_Item", items);
        note(order).ifPresent(text -> header.add("_Text", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("Language", "EN").add("LongTextID", "0001").add("LongText", text))));
        return header.build();
    }

    private BigDecimal quantity(ErpSalesOrder.Line line) {
        return ErpFieldValues.quantity(SYSTEM, line, settings.quantityDecimals());
    }

    /** A customer's extension to one more sales area ({@code A_CustomerSalesArea}). */
    JsonObject salesAreaExtension(String customer, SalesArea area, String currency) {
        JsonObjectBuilder extension = Json.createObjectBuilder().add("Customer", customer)
                .add("SalesOrganization", area.salesOrganization()).add("DistributionChannel", area.distributionChannel())
                .add("Division", area.division());
        if (currency != null) {
            extension.add("Currency", mappings.mapOrKeep(SYSTEM, CURRENCY, currency));
        }
        return extension.build();
    }

    /** The legal entity's sales area, from its mapping rows, else the configured defaults. */
    SalesArea salesArea(String legalEntity) {
        return new SalesArea(part(legalEntity, SALES_ORGANIZATION, settings.salesOrganization()),
                part(legalEntity, DISTRIBUTION_CHANNEL, settings.distributionChannel()),
                part(legalEntity, DIVISION, settings.division()));
    }

    private String part(String legalEntity, String type, String configured) {
        Optional<String> mapped = mappings.lookup(SYSTEM, type, legalEntity);
        if (mapped.isPresent()) {
            return mapped.get();
        }
        if (configured != null) {
            return configured;
        }
        String row = SYSTEM + "/" + type + "/" + (legalEntity == null ? "<legal entity>" : legalEntity);
        throw new RejectedCallException(SYSTEM, null, "MAPPING_MISSING", "No SAP " + type.replace('-', ' ')
                + " for legal entity " + (legalEntity == null ? "(none on the order)" : legalEntity)
                + ": add the mapping " + row + " (PUT /api/v1/admin/mappings/" + row + ") or set "
                + SapSettings.PREFIX + type, null);
    }

    private JsonObjectBuilder address(ErpCustomer.Address address) {
        JsonObjectBuilder entry = Json.createObjectBuilder()
                .add("Country", country(address.country()));
        if (address.state() != null) {
            entry.add("Region", mappings.mapOrKeep(SYSTEM, STATE, address.state()));
        }
        if (address.city() != null) {
            entry.add("CityName", FieldText.truncate(address.city(), 40));
        }
        if (address.postalCode() != null) {
            entry.add("PostalCode", FieldText.truncate(address.postalCode(), 10));
        }
        List<String> street = AddressLines.split(address.street(), STREET_LENGTHS);
        for (int i = 0; i < street.size(); i++) {
            entry.add(STREET_FIELDS.get(i), street.get(i));
        }
        return entry;
    }

    private String country(String text) {
        return ErpFieldValues.country(SYSTEM, mappings, text, COUNTRY_CODE);
    }

    /** The name over {@code OrganizationBPName1..4}, 40 characters each, cut at a word where possible. */
    static List<String> nameParts(String name) {
        List<String> parts = new ArrayList<>();
        String rest = name == null ? "" : name.strip();
        while (!rest.isEmpty() && parts.size() < 4) {
            if (rest.length() <= NAME_PART) {
                parts.add(rest);
                break;
            }
            int cut = rest.lastIndexOf(' ', NAME_PART);
            int end = cut > NAME_PART / 2 ? cut : NAME_PART;
            if (Character.isHighSurrogate(rest.charAt(end - 1))) {
                end--;
            }
            parts.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return parts;
    }

    /** SAP's search term: the name in capitals, at most 20 characters. */
    static String searchTerm(String name) {
        return FieldText.truncate(name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT), 20);
    }

    private static Optional<String> note(ErpSalesOrder order) {
        List<String> parts = new ArrayList<>();
        if (order.orderNumber() != null) {
            parts.add("Salesforce order " + order.orderNumber());
        }
        if (order.poNumber() != null) {
            parts.add("customer PO " + order.poNumber());
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    private static JsonObjectBuilder results(JsonArrayBuilder entries) {
        return Json.createObjectBuilder().add("results", entries);
    }
}
