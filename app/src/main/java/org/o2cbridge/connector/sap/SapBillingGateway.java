package org.o2cbridge.connector.sap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.billing.BillingDocument;
import org.o2cbridge.billing.BillingPage;
import org.o2cbridge.billing.BillingSource;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SAP S/4HANA's invoices and credit memos for the billing job, read from the billing document
 * service {@code API_BILLING_DOCUMENT_SRV} (OData v2): {@code A_BillingDocument} of billing type
 * {@code F2} (invoice) or {@code G2} (credit memo) changed after the watermark
 * ({@code LastChangeDateTime}, an {@code Edm.DateTimeOffset}), ordered by change time and document
 * number so that paging ({@code $top}/{@code $skip}) is stable, with the items ({@code to_Item})
 * expanded for the sales order each was billed from ({@code SalesDocument}, else
 * {@code ReferenceSDDocument}). {@code $inlinecount=allpages} gives the run's total. SAP keeps a
 * credit memo's amounts positive; the billing job gets it negative, as Salesforce keeps credit memos. The call runs
 * outside the chunk's transaction: no database work waits on SAP.
 *
 * <p>Customer payments are the second stream ({@link #paymentsChangedSince}): SAP keeps them as
 * journal entries of document type {@code DZ}, read from the operational accounting document item
 * cube {@code API_OPLACCTGDOCITEMCUBE_SRV}/{@code A_OperationalAcctgDocItemCube} (OData v2), one
 * row per customer item ({@code FinancialAccountType} {@code D}) keyed by {@code CompanyCode},
 * {@code FiscalYear}, {@code AccountingDocument} and {@code AccountingDocumentItem}. The view has
 * change dates, not times ({@code AccountingDocumentCreationDate}, and {@code LastChangeDate},
 * empty for an entry never changed), so a per-second watermark cannot select them as it is: a run
 * reads the items created or changed on or after the day before its watermark's day (UTC; the
 * day before, as SAP's dates are the system's local days), in key order, and the upserts by
 * {@code ERP_Payment_Id__c} make the items read again change nothing. A payment names the invoice
 * it pays by {@code InvoiceReference}: the invoice's accounting document, which SD's posting gives
 * the billing document's number, the invoice's {@code ERP_Invoice_Id__c}; and its customer by
 * {@code Customer}, the business partner the order sync records. An item with no
 * {@code InvoiceReference} is a payment on account, stored with its customer's Account alone.
 */
@ApplicationScoped
public class SapBillingGateway implements BillingSource {

    /** Billing types read: standard invoice and credit memo. */
    static final Map<String, BillingDocument.Kind> KINDS = Map.of(
            "F2", BillingDocument.Kind.INVOICE,
            "G2", BillingDocument.Kind.CREDIT_MEMO);
    static final String ENTITY_SET = "A_BillingDocument";
    /** The accounting document type of a customer payment. */
    static final String PAYMENT_TYPE = "DZ";
    static final String PAYMENT_ENTITY_SET = "A_OperationalAcctgDocItemCube";
    static final String PAYMENT_ORDER = "CompanyCode,FiscalYear,AccountingDocument,AccountingDocumentItem";
    private static final String PAYMENT_SELECT = "CompanyCode,FiscalYear,AccountingDocument,AccountingDocumentItem,"
            + "AccountingDocumentType,Customer,InvoiceReference,AmountInTransactionCurrency,TransactionCurrency,"
            + "PostingDate,AccountingDocumentCreationDate,LastChangeDate";
    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** OData v2's JSON date: {@code /Date(ms)/}, with an offset in minutes for a DateTimeOffset. */
    private static final Pattern JSON_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    private static final String SELECT = "BillingDocument,BillingDocumentType,SoldToParty,TotalGrossAmount,"
            + "TransactionCurrency,BillingDocumentDate,BillingDocumentIsCancelled,InvoiceClearingStatus,"
            + "LastChangeDateTime,to_Item/SalesDocument,to_Item/ReferenceSDDocument";

    @Inject
    SapGateway sap;

    @Inject
    @ConfigProperty(name = "o2c.sap.billing-document-service", defaultValue = "/sap/opu/odata/sap/API_BILLING_DOCUMENT_SRV/")
    String service;

    @Inject
    @ConfigProperty(name = "o2c.sap.accounting-document-item-service",
            defaultValue = "/sap/opu/odata/sap/API_OPLACCTGDOCITEMCUBE_SRV/")
    String paymentService;

    @Override
    public String system() {
        return SapGateway.SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BillingPage changedSince(Instant since, int offset, int limit) {
        JsonObject answer = sap.read(service, query(since, offset, limit), "billing document query");
        return page(answer, offset, limit);
    }

    @Override
    public boolean paymentsApart() {
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BillingPage paymentsChangedSince(Instant since, int offset, int limit) {
        JsonObject answer = sap.read(paymentService, paymentQuery(since, offset, limit), "customer payment query");
        return paymentPage(answer, offset, limit);
    }

    /**
     * The entity set and query options of one page of payments: the customer items of {@code DZ}
     * entries created or changed on or after the day before the watermark's day, in key order.
     */
    static String paymentQuery(Instant since, int offset, int limit) {
        String day = LocalDate.ofInstant(since, ZoneOffset.UTC).minusDays(1) + "T00:00:00";
        String filter = "AccountingDocumentType eq '" + PAYMENT_TYPE + "' and FinancialAccountType eq 'D' and "
                + "(AccountingDocumentCreationDate ge datetime'" + day + "' or LastChangeDate ge datetime'" + day + "')";
        return PAYMENT_ENTITY_SET + "?$filter=" + encode(filter) + "&$orderby=" + encode(PAYMENT_ORDER)
                + "&$select=" + encode(PAYMENT_SELECT) + "&$inlinecount=allpages&$top=" + limit + "&$skip=" + offset
                + "&$format=json";
    }

    static BillingPage paymentPage(JsonObject answer, int offset, int limit) {
        JsonObject d = answer.get("d") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        JsonArray results = d.get("results") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        List<BillingDocument> payments = results.stream().map(JsonValue::asJsonObject).map(SapBillingGateway::payment)
                .toList();
        long total = SapErrors.text(d.get("__count")) == null ? -1 : Long.parseLong(SapErrors.text(d.get("__count")));
        boolean more = total >= 0 ? offset + payments.size() < total
                : d.containsKey("__next") || payments.size() == limit;
        return new BillingPage(payments, more && !payments.isEmpty(), total);
    }

    /**
     * A customer item of a {@code DZ} entry as a payment: its id is
     * {@code <CompanyCode>/<FiscalYear>/<AccountingDocument>/<AccountingDocumentItem>} (an entry
     * paying several invoices has an item for each), its number the entry's; the invoice it pays is
     * {@code InvoiceReference} (none when empty: a payment on account); the customer
     * {@code Customer}; the amount is {@code AmountInTransactionCurrency} without its sign
     * (a payment credits the customer); the date the {@code PostingDate}. Its change is the later of
     * {@code LastChangeDate} and {@code AccountingDocumentCreationDate}, at midnight UTC.
     */
    static BillingDocument payment(JsonObject row) {
        String type = SapErrors.text(row.get("AccountingDocumentType"));
        if (!PAYMENT_TYPE.equals(type)) {
            throw new IllegalStateException("SAP answered an accounting document of type " + type
                    + " to a query for customer payments (" + PAYMENT_TYPE + ")");
        }
        String number = SapErrors.text(row.get("AccountingDocument"));
        String id = String.join("/", SapErrors.text(row.get("CompanyCode")), SapErrors.text(row.get("FiscalYear")),
                number, SapErrors.text(row.get("AccountingDocumentItem")));
        String invoice = SapErrors.text(row.get("InvoiceReference"));
        BigDecimal amount = decimal(row.get("AmountInTransactionCurrency"));
        Instant changed = instant(row.get("LastChangeDate"));
        Instant created = instant(row.get("AccountingDocumentCreationDate"));
        Instant lastModified = changed == null || created != null && created.isAfter(changed) ? created : changed;
        String customer = SapErrors.text(row.get("Customer"));
        return new BillingDocument(id, BillingDocument.Kind.PAYMENT, number, null,
                customer == null || customer.isBlank() ? null : customer,
                invoice == null || invoice.isBlank() ? null : invoice, amount == null ? null : amount.abs(), null,
                SapErrors.text(row.get("TransactionCurrency")), date(row.get("PostingDate")), null, null, null,
                lastModified);
    }

    /** The entity set and query options of one page. */
    static String query(Instant since, int offset, int limit) {
        String filter = "LastChangeDateTime gt datetimeoffset'" + LITERAL.format(since) + "' and ("
                + String.join(" or ", KINDS.keySet().stream().sorted().map(t -> "BillingDocumentType eq '" + t + "'").toList())
                + ")";
        return ENTITY_SET + "?$filter=" + encode(filter) + "&$orderby=" + encode("LastChangeDateTime,BillingDocument")
                + "&$expand=to_Item&$select=" + encode(SELECT) + "&$inlinecount=allpages&$top=" + limit
                + "&$skip=" + offset + "&$format=json";
    }

    static BillingPage page(JsonObject answer, int offset, int limit) {
        JsonObject d = answer.get("d") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        JsonArray results = d.get("results") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        List<BillingDocument> documents = results.stream().map(JsonValue::asJsonObject).map(SapBillingGateway::document)
                .toList();
        long total = SapErrors.text(d.get("__count")) == null ? -1 : Long.parseLong(SapErrors.text(d.get("__count")));
        boolean more = total >= 0 ? offset + documents.size() < total
                : d.containsKey("__next") || documents.size() == limit;
        return new BillingPage(documents, more && !documents.isEmpty(), total);
    }

    static BillingDocument document(JsonObject row) {
        String type = SapErrors.text(row.get("BillingDocumentType"));
        BillingDocument.Kind kind = KINDS.get(type);
        if (kind == null) {
            throw new IllegalStateException("SAP answered a billing document of type " + type
                    + " to a query for invoices (F2) and credit memos (G2)");
        }
        String number = SapErrors.text(row.get("BillingDocument"));
        BigDecimal amount = decimal(row.get("TotalGrossAmount"));
        if (kind == BillingDocument.Kind.CREDIT_MEMO && amount != null) {
            amount = amount.abs().negate();
        }
        return new BillingDocument(number, kind, number, salesOrder(row), SapErrors.text(row.get("SoldToParty")), null,
                amount, null, SapErrors.text(row.get("TransactionCurrency")),
                date(row.get("BillingDocumentDate")), null, status(row), null, instant(row.get("LastChangeDateTime")));
    }

    /**
     * The sales order the document was billed from: the first item's {@code SalesDocument}, else
     * (no item names one) the first {@code ReferenceSDDocument}, the document billed.
     */
    private static String salesOrder(JsonObject row) {
        JsonValue items = row.get("to_Item");
        JsonValue list = items instanceof JsonObject wrapped ? wrapped.get("results") : items;
        if (!(list instanceof JsonArray array)) {
            return null;
        }
        for (String field : List.of("SalesDocument", "ReferenceSDDocument")) {
            for (JsonValue item : array) {
                String value = item instanceof JsonObject fields ? SapErrors.text(fields.get(field)) : null;
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
        }
        return null;
    }

    /**
     * The document's status in the words the billing job maps: a cancelled document is
     * {@code Cancelled}; {@code InvoiceClearingStatus} C (cleared) is {@code Paid In Full}, B
     * (partly cleared) {@code Partially Paid}; anything else is {@code Open}.
     */
    static String status(JsonObject row) {
        if (row.get("BillingDocumentIsCancelled") == JsonValue.TRUE) {
            return "Cancelled";
        }
        String clearing = SapErrors.text(row.get("InvoiceClearingStatus"));
        return switch (clearing == null ? "" : clearing) {
            case "C" -> "Paid In Full";
            case "B" -> "Partially Paid";
            default -> "Open";
        };
    }

    private static BigDecimal decimal(JsonValue value) {
        String text = SapErrors.text(value);
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    /** An {@code Edm.DateTime} date: midnight UTC of the day. */
    static LocalDate date(JsonValue value) {
        Instant instant = instant(value);
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** {@code /Date(ms)/} or {@code /Date(ms+0000)/}: the milliseconds are UTC, the offset only says the zone. */
    static Instant instant(JsonValue value) {
        String text = SapErrors.text(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher matcher = JSON_DATE.matcher(text);
        if (matcher.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(matcher.group(1)));
        }
        return Instant.parse(text).truncatedTo(ChronoUnit.MICROS);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
