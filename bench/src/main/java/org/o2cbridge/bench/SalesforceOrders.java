package org.o2cbridge.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Draft orders in the sandbox's Salesforce org, so write-backs land on real records, and the
 * order-event batch the package would send for them (contract/order-event.schema.json). Every
 * order has two lines from the catalog that all simulated ERPs know (WID-100, WID-200,
 * SVC-INSTALL); a legal entity, when given, routes it to an ERP.
 */
final class SalesforceOrders {

    private static final String[] CATALOG = {"WID-100", "WID-200", "SVC-INSTALL"};

    record SfOrder(String orderId, String accountId, String orderNumber, List<String> itemIds,
                   List<String> productCodes) {
    }

    private SalesforceOrders() {
    }

    /** {@code count} draft orders: for new accounts ({@code accountIds} null) or the n-th for the n-th account. */
    static List<SfOrder> create(String sandbox, int count, List<String> accountIds, String legalEntity) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SfOrder>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> createOne(sandbox, n,
                        accountIds == null ? null : accountIds.get(n % accountIds.size()), legalEntity)));
            }
            List<SfOrder> created = new ArrayList<>();
            for (Future<SfOrder> future : futures) {
                created.add(future.get());
            }
            return created;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SfOrder createOne(String sandbox, int n, String accountId, String legalEntity) throws Exception {
        List<String> codes = List.of(CATALOG[n % 3], CATALOG[(n + 1) % 3]);
        String account = accountId != null ? "\"accountId\":" + Http.quote(accountId)
                : "\"account\":{\"name\":\"Bench Account " + n + "\","
                + "\"billingAddress\":{\"street\":\"100 Market Street\",\"city\":\"San Francisco\",\"state\":\"CA\","
                + "\"postalCode\":\"94105\",\"country\":\"US\"}}";
        String body = "{" + account + ",\"currency\":\"USD\",\"effectiveDate\":\"2026-11-20\",\"poNumber\":\"PO-" + n
                + "\"," + (legalEntity == null ? "" : "\"legalEntity\":" + Http.quote(legalEntity) + ",")
                + "\"lines\":[{\"productCode\":\"" + codes.get(0) + "\",\"quantity\":10,\"unitPrice\":12.5,"
                + "\"unitOfMeasure\":\"EA\"},{\"productCode\":\"" + codes.get(1) + "\",\"quantity\":2,"
                + "\"unitPrice\":27,\"unitOfMeasure\":\"EA\"}]}";
        JsonObject created = Http.post(sandbox + "/sandbox/api/salesforce/orders", null, body)
                .expect(201, "creating a Salesforce order in the sandbox").json();
        List<String> items = created.getJsonArray("orderItemIds").getValuesAs(JsonValue.class).stream()
                .map(v -> ((JsonString) v).getString()).toList();
        return new SfOrder(created.getString("orderId"), created.getString("accountId"),
                created.getString("orderNumber"), items, codes);
    }

    /** The order-event batch for these orders (the contract allows 200 at most). */
    static String batch(List<SfOrder> orders, String legalEntity) {
        StringBuilder json = new StringBuilder("{\"orders\":[");
        for (int i = 0; i < orders.size(); i++) {
            SfOrder o = orders.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"sfOrderId\":\"").append(o.orderId()).append("\",")
                    .append("\"idempotencyKey\":\"").append(o.orderId()).append(":2026-11-20T09:15:00.000Z\",")
                    .append("\"orderNumber\":\"").append(o.orderNumber()).append("\",")
                    .append("\"effectiveDate\":\"2026-11-20\",\"currency\":\"USD\",\"poNumber\":\"PO-").append(i).append("\",");
            if (legalEntity != null) {
                json.append("\"legalEntity\":").append(Http.quote(legalEntity)).append(',');
            }
            json.append("\"account\":{\"sfAccountId\":\"").append(o.accountId())
                    .append("\",\"name\":\"Bench Account ").append(o.accountId()).append("\",")
                    .append("\"billingAddress\":{\"street\":\"100 Market Street\",\"city\":\"San Francisco\",")
                    .append("\"state\":\"CA\",\"postalCode\":\"94105\",\"country\":\"US\"}},\"lines\":[");
            for (int l = 0; l < o.itemIds().size(); l++) {
                if (l > 0) {
                    json.append(',');
                }
                json.append("{\"sfOrderItemId\":\"").append(o.itemIds().get(l)).append("\",\"productCode\":\"")
                        .append(o.productCodes().get(l)).append("\",\"quantity\":").append(l == 0 ? 10 : 2)
                        .append(",\"unitPrice\":").append(l == 0 ? "12.5" : "27").append(",\"unitOfMeasure\":\"EA\"}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }
}
