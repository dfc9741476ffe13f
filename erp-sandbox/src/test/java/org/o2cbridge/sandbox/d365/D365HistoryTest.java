package org.o2cbridge.sandbox.d365;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.netsuite.history.HistoryPlan;

class D365HistoryTest {

    private static final String RANGE = "RequestedShippingDate ge 2020-01-01T00:00:00Z and RequestedShippingDate lt 2021-01-01T00:00:00Z";

    private D365History history() {
        D365History history = new D365History();
        history.replace(new HistoryPlan(3, 100, 2, LocalDate.parse("2020-01-01"), LocalDate.parse("2020-04-10"), 5, 0), "usmf");
        return history;
    }

    @Test
    void headersArePagedByKeyAcrossCompaniesAndCounted() {
        D365History history = history();
        Map<String, String> options = Map.of("cross-company", "true", "$filter", RANGE
                + " and (dataAreaId gt 'usmf' or (dataAreaId eq 'usmf' and SalesOrderNumber gt 'SO-H0000040'))",
                "$top", "10", "$count", "true");
        assertTrue(history.answers("SalesOrderHeadersV2", options));
        JsonObject answer = history.query("SalesOrderHeadersV2", options, "https://d365/data/", "SalesOrderHeadersV2?x").body();
        assertEquals(60, answer.getInt("@odata.count"));
        assertEquals(10, answer.getJsonArray("value").size());
        assertEquals("SO-H0000041", answer.getJsonArray("value").getJsonObject(0).getString("SalesOrderNumber"));
        assertEquals(0, history.query("SalesOrderHeadersV2", Map.of("$filter", RANGE), "r/", "x").body()
                .getJsonArray("value").size(), "another company's orders need cross-company=true or its dataAreaId");
        assertEquals(0, history.query("SalesOrderHeadersV2", Map.of("cross-company", "true", "$filter", RANGE
                        + " and (dataAreaId gt 'zzzz' or (dataAreaId eq 'zzzz' and SalesOrderNumber gt 'A'))"), "r/", "x").body()
                .getJsonArray("value").size(), "after the last company");
    }

    @Test
    void linesAreThoseOfTheOrdersNamed() {
        D365History history = history();
        Map<String, String> options = Map.of("cross-company", "true", "$filter",
                "dataAreaId eq 'usmf' and (SalesOrderNumber eq 'SO-H0000002' or SalesOrderNumber eq 'SO-H0000001')");
        assertTrue(history.answers("SalesOrderLines", options));
        assertFalse(history.answers("SalesOrderLines", Map.of("$filter", "SalesOrderNumber eq '000123'")));
        var lines = history.query("SalesOrderLines", options, "r/", "x").body().getJsonArray("value");
        assertEquals(4, lines.size());
        assertEquals("SO-H0000001", lines.getJsonObject(0).getString("SalesOrderNumber"));
        assertEquals(2, lines.getJsonObject(1).getInt("LineCreationSequenceNumber"));
    }
}
