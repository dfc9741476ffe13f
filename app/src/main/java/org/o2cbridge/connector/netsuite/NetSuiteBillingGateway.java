package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.o2cbridge.billing.BillingDocument;
import org.o2cbridge.billing.BillingPage;
import org.o2cbridge.billing.BillingSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * NetSuite's invoices, customer payments and credit memos for the billing job, read with SuiteQL
 * a page at a time ({@code limit}/{@code offset}, {@code hasMore}), changed after the watermark
 * and ordered by change time and internal id so that paging is stable. A document's customer is
 * its {@code entity}; a payment names the invoice it was applied to by {@code appliedtotransaction},
 * and one applied to none is a payment on account, stored with its customer's Account alone. The
 * call runs outside the chunk's transaction: no database work waits on NetSuite.
 */
@ApplicationScoped
public class NetSuiteBillingGateway implements BillingSource {

    private static final Map<String, BillingDocument.Kind> KINDS = Map.of(
            "CustInvc", BillingDocument.Kind.INVOICE,
            "CustCred", BillingDocument.Kind.CREDIT_MEMO,
            "CustPymt", BillingDocument.Kind.PAYMENT);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Inject
    NetSuiteRecords netSuite;

    @Override
    public String system() {
        return NetSuiteGateway.SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BillingPage changedSince(Instant since, int offset, int limit) {
        JsonObject page = netSuite.suiteQlPage(query(since), limit, offset);
        JsonArray items = page.get("items") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        List<BillingDocument> documents = items.stream().map(JsonValue::asJsonObject).map(NetSuiteBillingGateway::document)
                .toList();
        return new BillingPage(documents, page.getBoolean("hasMore", false),
                page.containsKey("totalResults") ? page.getJsonNumber("totalResults").longValue() : -1);
    }

    static String query(Instant since) {
        return "SELECT id, type, tranid, entity, createdfrom, appliedtotransaction, foreigntotal, "
                + "foreignamountremaining, BUILTIN.DF(currency) AS currency, trandate, duedate, "
                + "BUILTIN.DF(status) AS status, paymentmethod, lastmodifieddate FROM transaction "
                + "WHERE type IN ('CustInvc', 'CustPymt', 'CustCred') "
                + "AND lastmodifieddate > TO_TIMESTAMP('" + TIMESTAMP.format(since) + "', 'YYYY-MM-DD HH24:MI:SS') "
                + "ORDER BY lastmodifieddate, id";
    }

    static BillingDocument document(JsonObject row) {
        BillingDocument.Kind kind = KINDS.get(row.getString("type", ""));
        if (kind == null) {
            throw new IllegalStateException("NetSuite answered a transaction of type " + row.getString("type", "?")
                    + " to a query for invoices, payments and credit memos");
        }
        return new BillingDocument(row.getString("id"), kind, row.getString("tranid", null),
                row.getString("createdfrom", null), row.getString("entity", null),
                row.getString("appliedtotransaction", null), decimal(row, "foreigntotal"),
                decimal(row, "foreignamountremaining"), row.getString("currency", null), date(row, "trandate"),
                date(row, "duedate"), row.getString("status", null), row.getString("paymentmethod", null),
                Instant.parse(row.getString("lastmodifieddate")));
    }

    private static BigDecimal decimal(JsonObject row, String column) {
        return row.containsKey(column) ? new BigDecimal(row.getString(column)) : null;
    }

    private static LocalDate date(JsonObject row, String column) {
        return row.containsKey(column) ? LocalDate.parse(row.getString(column)) : null;
    }
}
