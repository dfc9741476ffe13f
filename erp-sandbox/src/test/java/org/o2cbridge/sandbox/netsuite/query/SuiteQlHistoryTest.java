package org.o2cbridge.sandbox.netsuite.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.billing.BillingHistory;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.HistoryLine;
import org.o2cbridge.sandbox.netsuite.history.HistoryOrder;
import org.o2cbridge.sandbox.netsuite.history.HistoryPlan;
import org.o2cbridge.sandbox.netsuite.history.OrderHistory;
import org.o2cbridge.sandbox.netsuite.record.CatalogItem;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteApiException;
import org.o2cbridge.sandbox.netsuite.record.RecordService;

class SuiteQlHistoryTest {

    private static final URI ENDPOINT = URI.create("http://localhost/sandbox/netsuite/services/rest/query/v1/suiteql");
    private static final String KEYSET = "SELECT id, tranid, trandate, entity, BUILTIN.DF(currency) AS currency, foreigntotal, "
            + "BUILTIN.DF(status) AS status, otherrefnum FROM transaction WHERE type = 'SalesOrd' "
            + "AND trandate >= TO_DATE('2021-01-01','YYYY-MM-DD') AND trandate < TO_DATE('2022-01-01','YYYY-MM-DD') "
            + "AND id > 900000123 ORDER BY id";
    private static final String LINES = "SELECT transaction, uniquekey, linesequencenumber, BUILTIN.DF(item) AS item, "
            + "quantity, rate, netamount FROM transactionline WHERE transaction IN (900000001, 900000002) "
            + "AND mainline = 'F' AND taxline = 'F' ORDER BY transaction, linesequencenumber";

    private final NetSuiteAccount account = new NetSuiteAccount(List.of(
            new CatalogItem("WID-100", "Widget", new BigDecimal("12.50"))), 101);
    private final RecordService records = new RecordService(account, externalId -> { },
            Clock.fixed(Instant.parse("2026-11-20T09:15:00Z"), ZoneOffset.UTC));
    private final OrderHistory history = new OrderHistory();
    private final SuiteQlService queries = new SuiteQlService(account, new BillingHistory(), history);

    SuiteQlHistoryTest() {
        records.resetAccount();
    }

    private HistoryGenerator plan(long orders) {
        return history.replace(new HistoryPlan(7, orders, 3, LocalDate.parse("2020-01-01"), LocalDate.parse("2025-01-01"), 50, 0));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static JsonObject expectedHeader(HistoryOrder order) {
        return Json.createObjectBuilder().add("links", Json.createArrayBuilder()).add("id", order.idText())
                .add("tranid", order.tranId()).add("trandate", order.tranDate().toString())
                .add("entity", Long.toString(order.customerId())).add("currency", order.currency())
                .add("foreigntotal", order.total().toString()).add("status", order.status())
                .add("otherrefnum", order.otherRefNum()).build();
    }

    @Test
    void aKeysetPageOfAYearAnswersExactlyTheOrdersOfThatYearAfterTheKey() {
        HistoryGenerator generated = plan(10_000);
        List<JsonObject> expected = new ArrayList<>();
        for (long i = 0; i < generated.orders(); i++) {
            LocalDate date = generated.tranDate(i);
            if (date.getYear() == 2021 && generated.id(i) > 900_000_123L) {
                expected.add(expectedHeader(generated.order(i)));
            }
        }

        JsonObject page = SuiteQlPage.of(queries.select(KEYSET), ENDPOINT, 1000, 0);

        assertEquals(expected.size(), page.getInt("totalResults"));
        assertEquals(expected.subList(0, 1000), page.getJsonArray("items"));
        assertTrue(page.getBoolean("hasMore"));
        String lastId = page.getJsonArray("items").getJsonObject(999).getString("id");
        JsonObject next = SuiteQlPage.of(queries.select(KEYSET.replace("900000123", lastId)), ENDPOINT, 1000, 0);
        assertEquals(expected.subList(1000, expected.size()), next.getJsonArray("items"));
        assertFalse(next.getBoolean("hasMore"));
    }

    @Test
    void itemLinesOfNamedOrdersComeWithNegativeQuantitiesAndAmounts() {
        HistoryGenerator generated = plan(1000);

        List<JsonObject> rows = queries.rows(LINES);

        assertEquals(6, rows.size());
        for (int r = 0; r < 6; r++) {
            HistoryOrder order = generated.order(r / 3);
            HistoryLine line = order.lines().get(r % 3);
            JsonObject row = rows.get(r);
            assertEquals(order.idText(), row.getString("transaction"));
            assertEquals(Long.toString(line.uniqueKey()), row.getString("uniquekey"));
            assertEquals(Integer.toString(line.line()), row.getString("linesequencenumber"));
            assertEquals(line.itemName(), row.getString("item"));
            assertEquals("-" + line.quantity(), row.getString("quantity"));
            assertEquals(line.rate().toString(), row.getString("rate"));
            assertEquals(line.amount().negate().toString(), row.getString("netamount"));
        }
        JsonObject main = queries.rows("SELECT transaction, id, netamount, item, mainline FROM transactionline "
                + "WHERE transaction = 900000002 AND mainline = 'T'").get(0);
        assertEquals(json("{'links':[],'transaction':'900000002','id':'0','netamount':'" + generated.order(1).total().negate()
                + "','mainline':'T'}"), main);
    }

    @Test
    void aMillionOrdersArePagedWithoutGeneratingThem() {
        plan(1_000_000);
        HistoryGenerator generated = history.current().orElseThrow();

        JsonObject last = SuiteQlPage.of(queries.select("SELECT id, tranid FROM transaction WHERE type = 'SalesOrd' ORDER BY id"),
                ENDPOINT, 1000, 999_000);
        assertEquals(1_000_000, last.getInt("totalResults"));
        assertEquals(1000, last.getInt("count"));
        assertFalse(last.getBoolean("hasMore"));
        assertEquals("900999001", last.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals("SO-H1000000", last.getJsonArray("items").getJsonObject(999).getString("tranid"));

        long key = 900_500_000L;
        LocalDate day = generated.tranDate(key - HistoryGenerator.FIRST_ORDER_ID);
        JsonObject middle = SuiteQlPage.of(queries.select("SELECT id, trandate FROM transaction WHERE trandate >= TO_DATE('"
                + day + "', 'YYYY-MM-DD') AND lastmodifieddate <= TO_TIMESTAMP('2024-12-31 12:00:00', 'YYYY-MM-DD HH24:MI:SS') "
                + "AND id > " + key + " ORDER BY id"), ENDPOINT, 1000, 0);
        assertEquals(500_000, middle.getInt("totalResults"));
        assertEquals(Long.toString(key + 1), middle.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(Long.toString(key + 1000), middle.getJsonArray("items").getJsonObject(999).getString("id"));
        assertTrue(middle.getBoolean("hasMore"));

        StringBuilder ids = new StringBuilder();
        for (long id = key; id < key + 1000; id++) {
            ids.append(ids.isEmpty() ? "" : ", ").append(id);
        }
        JsonObject lines = SuiteQlPage.of(queries.select("SELECT transaction, linesequencenumber, quantity FROM transactionline "
                + "WHERE transaction IN (" + ids + ") AND mainline = 'F' ORDER BY transaction, linesequencenumber"), ENDPOINT, 1000, 2000);
        assertEquals(3000, lines.getInt("totalResults"));
        assertEquals(Long.toString(key + 666), lines.getJsonArray("items").getJsonObject(0).getString("transaction"));
        assertEquals("3", lines.getJsonArray("items").getJsonObject(0).getString("linesequencenumber"));
        assertEquals(Long.toString(key + 999), lines.getJsonArray("items").getJsonObject(999).getString("transaction"));
    }

    @Test
    void accountSalesOrdersComeBeforeTheHistoryAndOtherQueriesScanItCorrectly() {
        records.upsert("customer", "001A", json("{'companyName':'Acme'}"));
        String recordId = records.upsert("salesOrder", "801A", json("{'entity':{'externalId':'001A'},'tranDate':'2026-11-20',"
                + "'item':{'items':[{'item':{'externalId':'WID-100'},'quantity':2}]}}")).id();
        HistoryGenerator generated = plan(50);

        List<JsonObject> all = queries.rows("SELECT id, externalid FROM transaction WHERE type = 'SalesOrd'");
        assertEquals(51, all.size());
        assertEquals(json("{'links':[],'id':'" + recordId + "','externalid':'801A'}"), all.get(0));
        assertEquals("900000001", all.get(1).getString("id"));
        assertFalse(all.get(1).containsKey("externalid"));

        List<JsonObject> lines = queries.rows("SELECT transaction, id, quantity, netamount, BUILTIN.DF(item) AS item "
                + "FROM transactionline WHERE transaction IN (" + recordId + ", 900000001)");
        assertEquals(2 + 4, lines.size());
        assertEquals(json("{'links':[],'transaction':'" + recordId + "','id':'1','quantity':'-2','netamount':'-25.00','item':'WID-100'}"),
                lines.get(1));
        assertEquals("900000001", lines.get(2).getString("transaction"));

        String customer = Long.toString(generated.order(10).customerId());
        List<String> expected = new ArrayList<>();
        for (long i = generated.orders() - 1; i >= 0; i--) {
            if (Long.toString(generated.order(i).customerId()).equals(customer)) {
                expected.add(generated.order(i).idText());
            }
        }
        assertEquals(expected, queries.rows("SELECT id FROM transaction WHERE entity = " + customer + " ORDER BY id DESC")
                .stream().map(row -> row.getString("id")).toList());
        assertEquals(List.of(recordId), queries.rows("SELECT id FROM transaction WHERE externalid = '801A'")
                .stream().map(row -> row.getString("id")).toList());
        assertEquals(List.of(), queries.rows("SELECT id FROM transaction WHERE type = 'CustInvc'"));
        assertEquals(generated.tranDate(0).toString(), queries.rows("SELECT trandate FROM transaction WHERE id = 900000001")
                .get(0).getString("trandate"));
    }

    @Test
    void toDateReadsIsoDatesOnly() {
        plan(10);
        assertEquals(10, queries.rows("SELECT id FROM transaction WHERE trandate >= TO_DATE('2020-01-01', 'YYYY-MM-DD')").size());
        for (String query : List.of("SELECT id FROM transaction WHERE trandate > TO_DATE('2020-01-01', 'DD.MM.YYYY')",
                "SELECT id FROM transaction WHERE trandate > TO_DATE('2020-13-01', 'YYYY-MM-DD')")) {
            NetSuiteApiException refused = assertThrows(NetSuiteApiException.class, () -> queries.rows(query), query);
            assertEquals("INVALID_PARAMETER", refused.errorCode());
        }
    }
}
