package org.o2cbridge.connector.d365;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpFieldValues;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.transform.AddressLines;
import org.o2cbridge.connector.transform.Countries;
import org.o2cbridge.connector.transform.FieldText;
import org.o2cbridge.mapping.MappingService;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;
import static org.o2cbridge.mapping.MappingService.CURRENCY;
import static org.o2cbridge.mapping.MappingService.ITEM;
import static org.o2cbridge.mapping.MappingService.LEGAL_ENTITY;
import static org.o2cbridge.mapping.MappingService.PAYMENT_TERMS;
import static org.o2cbridge.mapping.MappingService.SHIPPING_METHOD;
import static org.o2cbridge.mapping.MappingService.STATE;
import static org.o2cbridge.mapping.MappingService.UNIT_OF_MEASURE;

/**
 * Turns the ERP-neutral customer and sales order into F&O data-entity bodies: the company
 * ({@code dataAreaId}) of every record from the {@code d365} {@code legal-entity} mapping (none is
 * a rejection naming the missing row: F&O has no default company a record could silently land
 * in), names cut to 100 characters, quantities to the configured decimals, enumerations through
 * the {@code d365} mapping rows (the Salesforce value where none maps it), a country through a row
 * or else as the ISO alpha-3 code the text names. The customer account
 * is the Salesforce Account Id; the sales order carries the Salesforce Order Id as
 * {@code CustomersOrderReference}, by which a repeat finds it, and its payment terms and shipping
 * method as the codes their {@code d365} rows name ({@code PaymentTermsName}, {@code DeliveryModeCode};
 * a value without a row is a rejection naming it). No price or total is ever sent:
 * F&O prices the lines.
 */
class D365RecordMapper {

    /** {@code AddressCountryRegionId}: the country/region ids of a standard F&O are ISO alpha-3 codes. */
    static final Countries.CodeForm COUNTRY_CODE = Countries.CodeForm.ALPHA_3;
    /** {@code AddressStreet} is one field of 250 characters; the street's lines stay lines in it. */
    static final int STREET_LENGTH = 250;

    private final MappingService mappings;
    private final D365Settings settings;

    D365RecordMapper(MappingService mappings, D365Settings settings) {
        this.mappings = mappings;
        this.settings = settings;
    }

    /** The dataAreaId of a Salesforce legal entity, or a rejection naming the missing mapping. */
    String company(String legalEntity) {
        if (legalEntity == null || legalEntity.isBlank()) {
            throw new RejectedCallException(SYSTEM, null, "MAPPING_MISSING", "The order names no legal entity, and D365 "
                    + "needs one to find the company (dataAreaId): add the legal entity in Salesforce and a mapping "
                    + "d365/" + LEGAL_ENTITY + "/<legal entity> to its dataAreaId", null);
        }
        return mappings.lookup(SYSTEM, LEGAL_ENTITY, legalEntity).orElseThrow(() -> new RejectedCallException(SYSTEM, null,
                "MAPPING_MISSING", "No mapping d365/" + LEGAL_ENTITY + "/" + legalEntity + " gives the D365 company "
                + "(dataAreaId) of legal entity " + legalEntity + "; add it through the admin API", null));
    }

    JsonObject customer(ErpCustomer customer, String company) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("dataAreaId", company)
                .add("CustomerAccount", customer.sfAccountId());
        addIfSet(body, "OrganizationName", FieldText.truncate(customer.name(), settings.nameMaxLength()));
        addIfSet(body, "CustomerGroupId", settings.customerGroup());
        addIfSet(body, "SalesCurrencyCode", mappings.mapOrKeep(SYSTEM, CURRENCY, customer.currency()));
        ErpCustomer.Address address = customer.billingAddress() != null ? customer.billingAddress()
                : customer.shippingAddress();
        if (address != null) {
            addIfSet(body, "AddressStreet", AddressLines.oneField(address.street(), STREET_LENGTH));
            addIfSet(body, "AddressCity", address.city());
            addIfSet(body, "AddressZipCode", address.postalCode());
            addIfSet(body, "AddressState", mappings.mapOrKeep(SYSTEM, STATE, address.state()));
            addIfSet(body, "AddressCountryRegionId", country(address.country()));
        }
        return body.build();
    }

    /** The customer's fields that an update may change (the keys stay out). */
    static JsonObject withoutKeys(JsonObject body) {
        JsonObjectBuilder changes = Json.createObjectBuilder(body);
        changes.remove("dataAreaId");
        changes.remove("CustomerAccount");
        return changes.build();
    }

    JsonObject salesOrderHeader(ErpSalesOrder order, String company, String customerAccount) {
        JsonObjectBuilder header = Json.createObjectBuilder()
                .add("dataAreaId", company)
                .add("OrderingCustomerAccountNumber", customerAccount)
                .add("InvoiceCustomerAccountNumber", customerAccount)
                .add("CustomersOrderReference", order.sfOrderId());
        addIfSet(header, "CurrencyCode", mappings.mapOrKeep(SYSTEM, CURRENCY, order.currency()));
        addIfSet(header, "CustomerRequisitionNumber", order.poNumber());
        addIfSet(header, "PaymentTermsName", ErpFieldValues.mapped(SYSTEM, mappings, PAYMENT_TERMS, order.paymentTerms()));
        addIfSet(header, "DeliveryModeCode", ErpFieldValues.mapped(SYSTEM, mappings, SHIPPING_METHOD,
                order.shippingMethod()));
        if (order.effectiveDate() != null) {
            header.add("RequestedShippingDate", order.effectiveDate().toString());
        }
        return header.build();
    }

    JsonObject salesOrderLine(ErpSalesOrder.Line line, String company) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("dataAreaId", company)
                .add("ItemNumber", mappings.mapOrKeep(SYSTEM, ITEM, line.productCode()))
                .add("OrderedSalesQuantity", quantity(line));
        addIfSet(body, "SalesUnitSymbol", mappings.mapOrKeep(SYSTEM, UNIT_OF_MEASURE, line.unitOfMeasure()));
        return body.build();
    }

    private BigDecimal quantity(ErpSalesOrder.Line line) {
        return ErpFieldValues.quantity(SYSTEM, line, settings.quantityDecimals());
    }

    private String country(String text) {
        return ErpFieldValues.country(SYSTEM, mappings, text, COUNTRY_CODE);
    }

    /** {@code CustomersV3(dataAreaId='usmf',CustomerAccount='…')}. */
    static String customerKey(String company, String account) {
        return "CustomersV3(dataAreaId=" + literal(company) + ",CustomerAccount=" + literal(account) + ")";
    }

    /** The query for the sales order a Salesforce order became, in one company or (null) any. */
    static String salesOrderQuery(String sfOrderId, String company) {
        String filter = "CustomersOrderReference eq " + quoted(sfOrderId)
                + (company == null ? "" : " and dataAreaId eq " + quoted(company));
        return "SalesOrderHeadersV2?$filter=" + encode(filter) + "&cross-company=true&$top=1"
                + "&$select=dataAreaId,SalesOrderNumber,SalesOrderStatus,CustomersOrderReference";
    }

    /** An OData string literal, percent-encoded for a URL. */
    static String literal(String value) {
        return encode(quoted(value));
    }

    /** An OData string literal: in single quotes, a quote inside doubled. */
    static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void addIfSet(JsonObjectBuilder body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.add(field, value);
        }
    }
}
