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
 * <p>Customer payments are not read yet. SAP keeps them as journal entries (document type
 * {@code DZ}) whose customer items clear the invoice's items, e.g. in
 * {@code API_OPLACCTGDOCITEMCUBE_SRV}/{@code A_OperationalAcctgDocItemCube}
 * ({@code ClearingAccountingDocument}, {@code InvoiceReference}, {@code AmountInTransactionCurrency});
 * that view offers a change date ({@code LastChangeDate}) but no change time, so it cannot share
 * this adapter's watermark, and its items are a second stream beside the billing documents.
 */
@ApplicationScoped
public class SapBillingGateway implements BillingSource {

    /** Billing types read: standard invoice and credit memo. */
    static final Map<String, BillingDocument.Kind> KINDS = Map.of(
            "F2", BillingDocument.Kind.INVOICE,
            "G2", BillingDocument.Kind.CREDIT_MEMO);
    static final String ENTITY_SET = "A_BillingDocument";
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
