package org.o2cbridge.connector.d365;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.catalog.ErpItem;
import org.o2cbridge.catalog.ItemPage;
import org.o2cbridge.catalog.ItemSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.o2cbridge.connector.d365.D365Gateway.SYSTEM;

/**
 * Dynamics 365 F&O's released products for the product catalog job, read with OData v4 from
 * {@code ReleasedProductsV2} of the integration user's default company (no {@code cross-company}:
 * a product released in several companies is one Salesforce product): {@code ItemNumber} is the
 * item's id and code, {@code ProductName} its name. The entity exposes no change time the bridge
 * could verify, so every run reads every released product (ordered by {@code ItemNumber},
 * {@code $top}/{@code $skip} with {@code $count=true}, an {@code @odata.nextLink} followed) and
 * upserts it again; the items carry no change time and the watermark stays at its start. The price
 * is the product's default sales price ({@code SalesPrice}), in the currency of the legal entity
 * the bridge reads, {@code o2c.d365.price-currency} (ISO code, default {@code USD}); a sales price
 * of 0 is F&O's "no price set" and is not synced. No availability is read. The calls run outside
 * the chunk's transaction.
 */
@ApplicationScoped
public class D365CatalogGateway implements ItemSource {

    @Inject
    D365Gateway d365;

    @Inject
    @ConfigProperty(name = "o2c.d365.price-currency", defaultValue = "USD")
    String priceCurrency;

    @Override
    public String system() {
        return SYSTEM;
    }

    /** Every released product of the default company, a page at a time; {@code since} cannot narrow it. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ItemPage changedSince(Instant since, int offset, int limit) {
        d365.requireConfigured();
        JsonObject answer = get(query(offset, limit));
        List<JsonObject> rows = new ArrayList<>(values(answer));
        long total = answer.get("@odata.count") instanceof JsonNumber n ? n.longValue() : -1;
        String next = answer.getString("@odata.nextLink", null);
        while (rows.size() < limit && next != null) {
            String root = d365.settings().serviceRoot();
            JsonObject more = get(next.startsWith(root) ? next.substring(root.length()) : next);
            rows.addAll(values(more));
            next = more.getString("@odata.nextLink", null);
        }
        List<ErpItem> items = rows.stream().limit(limit).map(row -> item(row, priceCurrency)).toList();
        boolean hasMore = total >= 0 ? offset + rows.size() < total : rows.size() >= limit || next != null;
        return new ItemPage(items, hasMore && !rows.isEmpty(), total);
    }

    static String query(int offset, int limit) {
        return "ReleasedProductsV2?$select=ItemNumber,ProductName,SalesPrice&$orderby=ItemNumber&$top=" + limit + "&$skip="
                + offset + "&$count=true";
    }

    static ErpItem item(JsonObject row, String currency) {
        String number = row.getString("ItemNumber", null);
        BigDecimal price = row.get("SalesPrice") instanceof JsonNumber n && n.bigDecimalValue().signum() > 0
                ? n.bigDecimalValue() : null;
        return new ErpItem(number, number, row.getString("ProductName", null), null, false, price,
                price == null ? null : currency, null, Instant.EPOCH);
    }

    private JsonObject get(String path) {
        return d365.odata().get(path, "released product query").orElse(JsonValue.EMPTY_JSON_OBJECT);
    }

    private static List<JsonObject> values(JsonObject answer) {
        return answer.get("value") instanceof JsonArray list
                ? list.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList() : List.of();
    }
}
