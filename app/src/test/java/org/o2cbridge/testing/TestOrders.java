package org.o2cbridge.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Order-event payloads per the contract, with fresh ids unless a test needs its own. */
public final class TestOrders {

    private TestOrders() {
    }

    /** One order for a new account with the given number of lines. */
    public static JsonObject batchOf(String sfOrderId, int lines) {
        return Json.createObjectBuilder()
                .add("orders", Json.createArrayBuilder().add(order(sfOrderId, TestIds.account(), lines)))
                .build();
    }

    /** Product codes the sandbox's NetSuite catalog knows. */
    public static final String[] CATALOG = {"WID-100", "WID-200", "SVC-INSTALL"};

    public static JsonObjectBuilder order(String sfOrderId, String sfAccountId, int lineCount) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 1; i <= lineCount; i++) {
            lines.add(Json.createObjectBuilder()
                    .add("sfOrderItemId", TestIds.orderItem())
                    .add("productCode", CATALOG[(i - 1) % CATALOG.length])
                    .add("quantity", i * 2)
                    .add("unitPrice", 12.5)
                    .add("unitOfMeasure", "EA"));
        }
        return Json.createObjectBuilder()
                .add("sfOrderId", sfOrderId)
                .add("idempotencyKey", sfOrderId + ":2026-11-22T10:00:00.000Z")
                .add("orderNumber", "00001234")
                .add("effectiveDate", "2026-11-22")
                .add("currency", "USD")
                .add("poNumber", "PO-1")
                .add("account", Json.createObjectBuilder()
                        .add("sfAccountId", sfAccountId)
                        .add("name", "Test Account " + sfAccountId)
                        .add("billingAddress", Json.createObjectBuilder()
                                .add("street", "1 Main St").add("city", "Springfield").add("state", "IL")
                                .add("postalCode", "62701").add("country", "US")))
                .add("lines", lines);
    }
}
