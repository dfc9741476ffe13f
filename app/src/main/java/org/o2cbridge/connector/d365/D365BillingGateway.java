package org.o2cbridge.connector.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.o2cbridge.billing.BillingDocument;
import org.o2cbridge.billing.BillingPage;
import org.o2cbridge.billing.BillingSource;
import org.o2cbridge.connector.RetryableCallException;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Dynamics 365 F&O's sales invoices and credit notes for the billing job, read from the data
 * entity {@code SalesInvoiceHeadersV2} (entity {@code SalesInvoiceHeaderV2}, AOT
 * {@code SalesInvoiceHeaderV2Entity}) across companies ({@code cross-company=true}), a page at a
 * time ({@code $top}/{@code $skip}, following {@code @odata.nextLink} when the server pages a
 * request's rows itself), ordered by invoice date, company and invoice number so that paging is
 * stable. {@code $count=true} gives the run's total. A credit note is an invoice journal with a
 * negative total. Ids are {@code <dataAreaId>:<number>}, as the order sync records D365's sales
 * orders and customers. The call runs outside the chunk's transaction.
 *
 * <p>The entity has no change time: its fields are the posted invoice journal's
 * ({@code InvoiceNumber}, {@code InvoiceDate}, {@code SalesOrderNumber},
 * {@code InvoiceCustomerAccountNumber}, {@code TotalInvoiceAmount}, {@code CurrencyCode}, ...). A
 * posted invoice does not change, so the invoice date stands for the change, and a run reads the
 * whole day of its watermark again (upserts that change nothing) rather than miss an invoice
 * posted later that day. Customer payments are not read yet: posted payments are settled customer
 * transactions, for which this adapter has no verified standard entity
 * ({@code CustomerPaymentJournalLines} are journal lines before posting).
 */
@ApplicationScoped
public class D365BillingGateway implements BillingSource {

    static final String ENTITY_SET = "SalesInvoiceHeadersV2";
    private static final String SELECT = "dataAreaId,InvoiceNumber,InvoiceDate,SalesOrderNumber,"
            + "InvoiceCustomerAccountNumber,TotalInvoiceAmount,CurrencyCode";

    @Inject
    D365Gateway d365;

    @Override
    public String system() {
        return D365Gateway.SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BillingPage changedSince(Instant since, int offset, int limit) {
        JsonObject answer = d365.read(query(since, offset, limit), "sales invoice query");
        List<JsonObject> rows = new ArrayList<>(rows(answer));
        long total = answer.get("@odata.count") instanceof JsonNumber count ? count.longValue() : -1;
        String next = answer.getString("@odata.nextLink", null);
        while (rows.size() < limit && next != null) {
            JsonObject more = d365.read(relative(next, d365.settings().serviceRoot()), "sales invoice query (next page)");
            List<JsonObject> got = rows(more);
            if (got.isEmpty()) {
                break;
            }
            rows.addAll(got);
            next = more.getString("@odata.nextLink", null);
        }
        List<BillingDocument> documents = rows.stream().limit(limit).map(D365BillingGateway::document).toList();
        boolean more = total >= 0 ? offset + documents.size() < total : documents.size() == limit;
        return new BillingPage(documents, more && !documents.isEmpty(), total);
    }

    /**
     * The query of one page: the invoices dated on or after the watermark's day (none before the
     * first run's watermark, the epoch, is left out).
     */
    static String query(Instant since, int offset, int limit) {
        LocalDate day = LocalDate.ofInstant(since, ZoneOffset.UTC);
        String filter = "InvoiceDate ge " + day + "T00:00:00Z";
        return ENTITY_SET + "?cross-company=true&$filter=" + encode(filter) + "&$orderby="
                + encode("InvoiceDate,dataAreaId,InvoiceNumber") + "&$select=" + encode(SELECT) + "&$count=true&$top="
                + limit + "&$skip=" + offset;
    }

    /** A next link relative to the service root, as the OData client takes paths. */
    static String relative(String nextLink, String serviceRoot) {
        String root = serviceRoot.endsWith("/") ? serviceRoot : serviceRoot + "/";
        if (nextLink.startsWith(root)) {
            return nextLink.substring(root.length());
        }
        throw new RetryableCallException(D365Gateway.SYSTEM, 200, null, "D365 answered a next link outside its "
                + "service root " + root + ": " + nextLink, null, null);
    }

    private static List<JsonObject> rows(JsonObject answer) {
        return answer.get("value") instanceof JsonArray value
                ? value.stream().map(JsonValue::asJsonObject).toList() : List.of();
    }

    static BillingDocument document(JsonObject row) {
        String company = row.getString("dataAreaId");
        String number = row.getString("InvoiceNumber");
        BigDecimal amount = decimal(row.get("TotalInvoiceAmount"));
        BillingDocument.Kind kind = amount != null && amount.signum() < 0 ? BillingDocument.Kind.CREDIT_MEMO
                : BillingDocument.Kind.INVOICE;
        Instant invoiced = instant(row.get("InvoiceDate"));
        return new BillingDocument(company + ":" + number, kind, number, qualified(company, row.get("SalesOrderNumber")),
                qualified(company, row.get("InvoiceCustomerAccountNumber")), null, amount, null,
                row.getString("CurrencyCode", null), invoiced == null ? null : LocalDate.ofInstant(invoiced, ZoneOffset.UTC),
                null, "Open", null, invoiced);
    }

    private static String qualified(String company, JsonValue key) {
        return key instanceof JsonString text && !text.getString().isBlank() ? company + ":" + text.getString() : null;
    }

    private static BigDecimal decimal(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        return value instanceof JsonString text && !text.getString().isBlank() ? new BigDecimal(text.getString()) : null;
    }

    /** An {@code Edm.DateTimeOffset} (F&O dates are midnight UTC), or a bare date. */
    static Instant instant(JsonValue value) {
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            return null;
        }
        String date = text.getString();
        return date.length() == 10 ? LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant()
                : OffsetDateTime.parse(date).toInstant();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
