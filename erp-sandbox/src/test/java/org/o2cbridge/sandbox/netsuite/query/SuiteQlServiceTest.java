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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.record.CatalogItem;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteApiException;
import org.o2cbridge.sandbox.netsuite.record.RecordService;

class SuiteQlServiceTest {

    private final NetSuiteAccount account = new NetSuiteAccount(List.of(
            new CatalogItem("WID-100", "Widget", new BigDecimal("12.50"))), 101);
    private final RecordService records = new RecordService(account, externalId -> { },
            Clock.fixed(Instant.parse("2026-11-20T09:15:00Z"), ZoneOffset.UTC));
    private final SuiteQlService queries = new SuiteQlService(account);

    SuiteQlServiceTest() {
        records.resetAccount();
        records.upsert("customer", "001A", json("{'companyName':'Acme'}"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private String order(String externalId) {
        return records.upsert("salesOrder", externalId, json("{'entity':{'externalId':'001A'},'tranDate':'2026-11-20',"
                + "'currency':{'refName':'USD'},'item':{'items':[{'item':{'externalId':'WID-100'},'quantity':1}]}}")).id();
    }

    @Test
    void theItemTableAnswersTheCatalogWithAvailabilityActivityAndChangeTime() {
        records.putItem(new CatalogItem("WID-900", "Widget Nine", new BigDecimal("9.90")),
                json("{'description':'Nine','isInactive':true,'quantityAvailable':12}"));

        List<JsonObject> rows = queries.rows("SELECT id, itemid, displayname, description, isinactive, baseprice, "
                + "quantityavailable, lastmodifieddate FROM item "
                + "WHERE lastmodifieddate > TO_TIMESTAMP('2026-11-20 09:14:59', 'YYYY-MM-DD HH24:MI:SS') "
                + "ORDER BY lastmodifieddate, id");

        assertEquals(2, rows.size());
        assertEquals("WID-100", rows.get(0).getString("itemid"));
        assertEquals("F", rows.get(0).getString("isinactive"));
        assertFalse(rows.get(0).containsKey("quantityavailable"));
        JsonObject nine = rows.get(1);
        assertEquals("Widget Nine", nine.getString("displayname"));
        assertEquals("Nine", nine.getString("description"));
        assertEquals("T", nine.getString("isinactive"));
        assertEquals("9.90", nine.getString("baseprice"));
        assertEquals("12", nine.getString("quantityavailable"));
        assertEquals("2026-11-20T09:15:00Z", nine.getString("lastmodifieddate"));
        assertEquals(List.of(), queries.rows("SELECT id FROM item "
                + "WHERE lastmodifieddate > TO_TIMESTAMP('2026-11-20 09:15:00', 'YYYY-MM-DD HH24:MI:SS')"));
    }

    @Test
    void orderByComparesNumbersAsNumbersPutsMissingValuesFirstAndBreaksTiesByInternalId() {
        records.putItem(new CatalogItem("WID-900", "Widget Nine", new BigDecimal("9.90")),
                json("{'quantityAvailable':9}"));
        records.putItem(new CatalogItem("WID-901", "Widget Ten", new BigDecimal("10.00")),
                json("{'quantityAvailable':10}"));
        records.putItem(new CatalogItem("WID-902", "Widget Ten Too", new BigDecimal("10.00")),
                json("{'quantityAvailable':10}"));

        List<String> ascending = queries.rows("SELECT itemid FROM item ORDER BY quantityavailable").stream()
                .map(row -> row.getString("itemid")).toList();
        List<String> descending = queries.rows("SELECT itemid FROM item ORDER BY quantityavailable DESC").stream()
                .map(row -> row.getString("itemid")).toList();
        List<String> byPrice = queries.rows("SELECT itemid FROM item WHERE baseprice >= 9.9 ORDER BY baseprice DESC, id")
                .stream().map(row -> row.getString("itemid")).toList();

        // 9 before 10 (as numbers, not text); WID-100 has no availability and comes first; equal values by id
        assertEquals(List.of("WID-100", "WID-900", "WID-901", "WID-902"), ascending);
        assertEquals(List.of("WID-901", "WID-902", "WID-900", "WID-100"), descending);
        assertEquals(List.of("WID-100", "WID-901", "WID-902", "WID-900"), byPrice); // 12.50, 10.00, 10.00, 9.90
    }

    @Test
    void changeTimesAreReadAsTheJdkReadsThemAndWhatItDoesNotReadIsLeftToIt() {
        for (String text : List.of("2026-11-20T09:15:00Z", "2026-11-20T09:15:00.5Z", "2026-11-20T09:15:00.123456789Z",
                "1999-12-31T23:59:59.120Z", "2024-02-29T00:00:00Z")) {
            assertEquals(Instant.parse(text), SuiteQlService.utcInstant(text), text);
        }
        for (String text : List.of("2026-11-20T09:15:00+01:00", "2026-02-30T09:15:00Z", "2026-11-20T24:00:00Z",
                "2026-11-20T09:15:60Z", "2026-11-20T09:15:00.Z", "2026-11-20 09:15:00Z", "2026-11-20T09:15:0aZ")) {
            assertEquals(null, SuiteQlService.utcInstant(text), text);
        }
        assertTrue(SuiteQlService.compare("2026-11-20T09:15:00Z", "2026-11-20T09:15:00.5Z") < 0);
        assertTrue(SuiteQlService.compare("2026-11-20T09:15:01Z", "2026-11-20T09:15:00.999Z") > 0);
    }

    @Test
    void numbersAndStatusesOfSeveralOrdersComeBackInOneQueryWithLowercaseColumns() {
        String first = order("801A");
        String second = order("801B");
        order("801C");

        List<JsonObject> rows = queries.rows("SELECT id, tranId, BUILTIN.DF(status) AS status, status AS code "
                + "FROM transaction WHERE id IN (" + second + ", " + first + ", 999999)");

        assertEquals(2, rows.size());
        assertEquals(first, rows.get(0).getString("id"));
        assertEquals(records.get("salesOrder", first).getString("tranId"), rows.get(0).getString("tranid"));
        assertEquals("Pending Fulfillment", rows.get(0).getString("status"));
        assertEquals("B", rows.get(0).getString("code"));
        assertEquals(second, rows.get(1).getString("id"));
        assertTrue(rows.get(0).getJsonArray("links").isEmpty());
    }

    @Test
    void equalityPredicatesJoinedByAndFilterOnTextAndReferenceColumns() {
        order("801A");
        String customerId = records.get("customer", "eid:001A").getString("id");

        List<JsonObject> rows = queries.rows("select externalid, entity from TRANSACTION "
                + "where externalid = '801A' and entity = " + customerId + " and type = 'SalesOrd'");

        assertEquals(1, rows.size());
        assertEquals("801A", rows.get(0).getString("externalid"));
        assertEquals(customerId, rows.get(0).getString("entity"));
        assertEquals(List.of(), queries.rows("SELECT id FROM transaction WHERE externalid = '801B'"));
        assertEquals("Acme", queries.rows("SELECT companyname FROM customer WHERE externalid = '001A'")
                .get(0).getString("companyname"));
    }

    @Test
    void columnsWithoutAValueAreLeftOut() {
        order("801A");

        JsonObject row = queries.rows("SELECT id, memo FROM transaction").get(0);

        assertFalse(row.containsKey("memo"));
    }

    @Test
    void whatTheSandboxDoesNotUnderstandIsRefusedAsAnInvalidParameter() {
        for (String query : List.of("SELECT id FROM transaction ORDER BY nosuchfield", "SELECT COUNT(*) FROM transaction",
                "SELECT * FROM transaction", "SELECT id FROM transaction t JOIN customer c ON t.entity = c.id",
                "SELECT id FROM transaction WHERE id <> 5", "SELECT id FROM transaction WHERE id = 1 OR id = 2",
                "SELECT id FROM transaction WHERE lastmodifieddate > TO_TIMESTAMP('2026-01-01', 'YYYY-MM-DD')",
                "SELECT id FROM invoice", "SELECT nosuchfield FROM transaction", "SELECT BUILTIN.CF(status) FROM transaction",
                "UPDATE transaction SET memo = 'x'", "SELECT id FROM transaction WHERE memo = 'open", "")) {
            NetSuiteApiException refused = assertThrows(NetSuiteApiException.class, () -> queries.rows(query), query);
            assertEquals(400, refused.status(), query);
            assertEquals("INVALID_PARAMETER", refused.errorCode(), query);
            assertTrue(refused.body().contains("\"o:errorDetails\""), refused.body());
        }
    }

    @Test
    void pagesCarryCountsAndLinksAndOffsetsMustBeMultiplesOfTheLimit() {
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(Json.createObjectBuilder().add("id", String.valueOf(i)).build());
        }
        URI endpoint = URI.create("http://localhost/sandbox/netsuite/services/rest/query/v1/suiteql");

        JsonObject second = SuiteQlPage.of(rows, endpoint, 2, 2);

        assertEquals(2, second.getInt("count"));
        assertTrue(second.getBoolean("hasMore"));
        assertEquals(5, second.getInt("totalResults"));
        assertEquals(2, second.getInt("offset"));
        assertEquals("2", second.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(List.of("self", "previous", "next"), second.getJsonArray("links").stream()
                .map(link -> link.asJsonObject().getString("rel")).toList());
        assertEquals(endpoint + "?limit=2&offset=4", second.getJsonArray("links").getJsonObject(2).getString("href"));
        assertFalse(SuiteQlPage.of(rows, endpoint, 2, 4).getBoolean("hasMore"));
        assertEquals(400, assertThrows(NetSuiteApiException.class, () -> SuiteQlPage.of(rows, endpoint, 2, 3)).status());
        assertEquals(400, assertThrows(NetSuiteApiException.class, () -> SuiteQlPage.of(rows, endpoint, 1001, 0)).status());
    }
}
