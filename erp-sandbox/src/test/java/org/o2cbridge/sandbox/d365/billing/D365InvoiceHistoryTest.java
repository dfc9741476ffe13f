package org.o2cbridge.sandbox.d365.billing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.sandbox.d365.odata.ODataException;
import org.o2cbridge.sandbox.netsuite.billing.BillingPlan;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class D365InvoiceHistoryTest {

    private static final String ROOT = "https://env.example/data/";

    private static JsonObject header(String company, String number) {
        return Json.createObjectBuilder().add("dataAreaId", company).add("SalesOrderNumber", number)
                .add("InvoiceCustomerAccountNumber", "001A" + number).add("CurrencyCode", "USD").build();
    }

    @Test
    void invoicesAreServedInPagesOfAThousandFollowingTheNextLink() {
        D365InvoiceHistory history = new D365InvoiceHistory();
        List<JsonObject> headers = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            headers.add(header(i % 2 == 0 ? "usmf" : "demf", String.format("%06d", i)));
        }
        List<JsonObject> invoices = history.generate(new BillingPlan(3, 1, 0, 0, 0,
                Instant.parse("2026-04-01T00:00:00Z")), headers);
        assertEquals(1_200, invoices.size());

        Map<String, String> options = new LinkedHashMap<>();
        options.put("cross-company", "true");
        options.put("$filter", "InvoiceDate ge 2026-04-01T00:00:00Z");
        options.put("$orderby", "InvoiceDate,dataAreaId,InvoiceNumber");
        options.put("$count", "true");
        options.put("$top", "1100");
        options.put("$skip", "0");
        JsonObject first = history.query(options, ROOT, "usmf");
        assertEquals(1_200, first.getInt("@odata.count"));
        assertEquals(1_000, first.getJsonArray("value").size());
        String next = first.getString("@odata.nextLink");
        assertTrue(next.startsWith(ROOT + "SalesInvoiceHeadersV2?"), next);
        Map<String, String> following = query(next);
        assertEquals("1000", following.get("$skip"));
        assertEquals("100", following.get("$top"));
        JsonObject second = history.query(following, ROOT, "usmf");
        assertEquals(100, second.getJsonArray("value").size());
        assertFalse(second.containsKey("@odata.nextLink"), "the request's $top is served");

        options.remove("cross-company");
        assertEquals(600, history.query(options, ROOT, "usmf").getInt("@odata.count"), "the default company only");
    }

    @Test
    void aFilterOrOrderTheSimulatorDoesNotKnowIsRefused() {
        D365InvoiceHistory history = new D365InvoiceHistory();
        assertThrows(ODataException.class, () -> history.query(Map.of("$filter", "TotalInvoiceAmount gt 5"), ROOT, "usmf"));
        assertThrows(ODataException.class, () -> history.query(Map.of("$orderby", "InvoiceNumber desc"), ROOT, "usmf"));
    }

    private static Map<String, String> query(String link) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            options.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return options;
    }
}
