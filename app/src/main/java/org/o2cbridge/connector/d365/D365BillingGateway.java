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
 * posted later that day.
 *
 * <p>Customer payments are the second stream ({@link #paymentsChangedSince}), read from the
 * customer payment journal entities, whose fields are those of the Common Data Model's
 * definitions "Customer payment journal line in AccountsReceivable
 * (CustomerPaymentJournalLineEntity)" and "Customer payment journal header in AccountsReceivable
 * (CustomerPaymentJournalHeaderEntity)" (Microsoft Learn, Common Data Model schema, Finance and
 * Operations entities): a line of {@code CustomerPaymentJournalLines} is one payment, keyed by its
 * company ({@code dataAreaId}), {@code JournalBatchNumber} and {@code LineNumber}, with the
 * customer ({@code AccountDisplayValue}), the amount credited to the customer
 * ({@code CreditAmount}), {@code CurrencyCode}, {@code TransactionDate}, {@code Voucher},
 * {@code PaymentReference}, {@code PaymentMethodName}, and the invoice it settles, if one was
 * marked ({@code MarkedInvoice}, of company {@code MarkedInvoiceCompany}). Only posted payments
 * count, and the posted flag is the journal's ({@code IsPosted} of
 * {@code CustomerPaymentJournalHeaders}, a {@code NoYes}); the lines carry no flag of their own
 * and the service cannot filter lines by their journal's field, so a page first reads the journals
 * not yet posted (few: a journal is open until it is posted) and leaves their lines out by key.
 * The lines have a date, not a change time: a run reads the credit lines ({@code CreditAmount gt
 * 0}) dated on or after {@value #PAYMENT_LOOKBACK_DAYS} day before its watermark's day, in key
 * order, and the upserts by {@code ERP_Payment_Id__c} ({@code <dataAreaId>:<journal>/<line>}) make
 * the lines read again change nothing. A journal posted more than that after its lines' date is
 * not read by a later run; nor is a journal posted while a run pages through the lines (its lines
 * move the later pages), until the next run. A payment names its invoice by
 * {@code <MarkedInvoiceCompany>:<MarkedInvoice>}, the invoice's {@code ERP_Invoice_Id__c}, and its
 * customer by {@code <dataAreaId>:<AccountDisplayValue>} (the customer account; the line's account
 * type is the customer's in a customer payment journal), as the order sync and the customer load
 * record D365's customers; a payment that marks no invoice is a payment on account, stored with
 * its customer's Account alone.
 */
@ApplicationScoped
public class D365BillingGateway implements BillingSource {

    static final String ENTITY_SET = "SalesInvoiceHeadersV2";
    private static final String SELECT = "dataAreaId,InvoiceNumber,InvoiceDate,SalesOrderNumber,"
            + "InvoiceCustomerAccountNumber,TotalInvoiceAmount,CurrencyCode";
    static final String JOURNAL_SET = "CustomerPaymentJournalHeaders";
    static final String PAYMENT_SET = "CustomerPaymentJournalLines";
    static final String PAYMENT_ORDER = "dataAreaId,JournalBatchNumber,LineNumber";
    /** Days before the watermark's day whose payment lines a run reads again. */
    static final int PAYMENT_LOOKBACK_DAYS = 1;
    private static final String PAYMENT_SELECT = "dataAreaId,JournalBatchNumber,LineNumber,AccountDisplayValue,"
            + "CreditAmount,CurrencyCode,TransactionDate,Voucher,PaymentReference,PaymentMethodName,MarkedInvoice,"
            + "MarkedInvoiceCompany";

    @Inject
    D365Gateway d365;

    @Override
    public String system() {
        return D365Gateway.SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BillingPage changedSince(Instant since, int offset, int limit) {
        return page(query(since, offset, limit), "sales invoice query", offset, limit, D365BillingGateway::document);
    }

    @Override
    public boolean paymentsApart() {
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BillingPage paymentsChangedSince(Instant since, int offset, int limit) {
        List<JsonObject> open = new ArrayList<>();
        JsonObject answer = d365.read(openJournalsQuery(), "customer payment journal query");
        open.addAll(rows(answer));
        String next = answer.getString("@odata.nextLink", null);
        while (next != null) {
            JsonObject more = d365.read(relative(next, d365.settings().serviceRoot()),
                    "customer payment journal query (next page)");
            open.addAll(rows(more));
            next = more.getString("@odata.nextLink", null);
        }
        return page(paymentQuery(since, open, offset, limit), "customer payment query", offset, limit,
                D365BillingGateway::payment);
    }

    /** One page of {@code limit} rows from {@code offset}, following the server's next links to fill it. */
    private BillingPage page(String query, String what, int offset, int limit,
                             java.util.function.Function<JsonObject, BillingDocument> mapping) {
        JsonObject answer = d365.read(query, what);
        List<JsonObject> rows = new ArrayList<>(rows(answer));
        long total = answer.get("@odata.count") instanceof JsonNumber count ? count.longValue() : -1;
        String next = answer.getString("@odata.nextLink", null);
        while (rows.size() < limit && next != null) {
            JsonObject more = d365.read(relative(next, d365.settings().serviceRoot()), what + " (next page)");
            List<JsonObject> got = rows(more);
            if (got.isEmpty()) {
                break;
            }
            rows.addAll(got);
            next = more.getString("@odata.nextLink", null);
        }
        List<BillingDocument> documents = rows.stream().limit(limit).map(mapping).toList();
        boolean more = total >= 0 ? offset + documents.size() < total : documents.size() == limit;
        return new BillingPage(documents, more && !documents.isEmpty(), total);
    }

    /** The customer payment journals of every company not posted yet, whose lines are no payments yet. */
    static String openJournalsQuery() {
        return JOURNAL_SET + "?cross-company=true&$filter="
                + encode("IsPosted eq Microsoft.Dynamics.DataEntities.NoYes'No'") + "&$select="
                + encode("dataAreaId,JournalBatchNumber,IsPosted");
    }

    /**
     * The query of one page of payments: the credit lines dated on or after
     * {@value #PAYMENT_LOOKBACK_DAYS} day before the watermark's day, of every journal but the
     * {@code open} ones, in key order.
     */
    static String paymentQuery(Instant since, List<JsonObject> open, int offset, int limit) {
        LocalDate day = LocalDate.ofInstant(since, ZoneOffset.UTC).minusDays(PAYMENT_LOOKBACK_DAYS);
        StringBuilder filter = new StringBuilder("TransactionDate ge " + day + "T00:00:00Z and CreditAmount gt 0");
        for (JsonObject journal : open) {
            filter.append(" and (dataAreaId ne '").append(literal(journal.getString("dataAreaId")))
                    .append("' or JournalBatchNumber ne '").append(literal(journal.getString("JournalBatchNumber")))
                    .append("')");
        }
        return PAYMENT_SET + "?cross-company=true&$filter=" + encode(filter.toString()) + "&$orderby="
                + encode(PAYMENT_ORDER) + "&$select=" + encode(PAYMENT_SELECT) + "&$count=true&$top=" + limit
                + "&$skip=" + offset;
    }

    /**
     * A payment journal line as a payment: id {@code <dataAreaId>:<JournalBatchNumber>/<LineNumber>},
     * number its {@code Voucher} (else its reference, else its key); the invoice it pays is the
     * marked invoice of the marked company (the line's, when none is named; none when it marks none,
     * a payment on account); the customer its {@code AccountDisplayValue} in the line's company; the
     * amount the {@code CreditAmount}; date and change the {@code TransactionDate}.
     */
    static BillingDocument payment(JsonObject row) {
        String company = row.getString("dataAreaId");
        String key = row.getString("JournalBatchNumber") + "/" + row.get("LineNumber");
        String number = text(row.get("Voucher"));
        if (number == null) {
            number = text(row.get("PaymentReference"));
        }
        String invoice = text(row.get("MarkedInvoice"));
        String invoiceCompany = text(row.get("MarkedInvoiceCompany"));
        Instant dated = instant(row.get("TransactionDate"));
        return new BillingDocument(company + ":" + key, BillingDocument.Kind.PAYMENT, number == null ? key : number,
                null, qualified(company, row.get("AccountDisplayValue")),
                invoice == null ? null : (invoiceCompany == null ? company : invoiceCompany) + ":" + invoice,
                decimal(row.get("CreditAmount")), null, row.getString("CurrencyCode", null),
                dated == null ? null : LocalDate.ofInstant(dated, ZoneOffset.UTC), null, null,
                text(row.get("PaymentMethodName")), dated);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString text && !text.getString().isBlank() ? text.getString() : null;
    }

    /** A string literal's text, its quotes doubled. */
    private static String literal(String text) {
        return text.replace("'", "''");
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
