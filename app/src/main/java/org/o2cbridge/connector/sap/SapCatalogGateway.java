package org.o2cbridge.connector.sap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.catalog.ErpItem;
import org.o2cbridge.catalog.ItemPage;
import org.o2cbridge.catalog.ItemSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.o2cbridge.connector.sap.SapGateway.SYSTEM;

/**
 * SAP S/4HANA's products for the product catalog job, read with the OData v2 service
 * {@code API_PRODUCT_SRV} (path {@code o2c.sap.product-service}): {@code A_Product} rows changed
 * after the watermark ({@code LastChangeDateTime}, an Edm.DateTimeOffset, compared as
 * {@code datetimeoffset'…'}), oldest first and by product number, a page at a time with
 * {@code $top}/{@code $skip} ({@code __next} links of server-side paging followed), with their
 * descriptions ({@code $expand=to_Description}). The product number is both the item's id and its
 * code; the name is the English description (else the first one); {@code IsMarkedForDeletion}
 * makes the product inactive. The price is the product's sales pricing condition record
 * ({@link SapPrices}: condition type {@code o2c.sap.price-condition-type}, default {@code PPR0}, in the
 * default sales area {@code o2c.sap.sales-organization}/{@code distribution-channel}, valid today),
 * read for the whole page in a few batched queries of {@code API_SLSPRICINGCONDITIONRECORD_SRV}; a
 * product without one has no price. A price changed in SAP without a change of the product is not
 * seen until the product changes: only {@code A_Product}'s change time moves the watermark. No
 * availability is read (stock is per plant in other services). The entity and field names follow
 * SAP's published {@code A_ProductType}; they were not checked against a live system in this work.
 * The calls run outside the chunk's transaction.
 */
@ApplicationScoped
public class SapCatalogGateway implements ItemSource {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

    @Inject
    SapGateway sap;

    @Inject
    @ConfigProperty(name = "o2c.sap.product-service", defaultValue = "/sap/opu/odata/sap/API_PRODUCT_SRV/")
    String servicePath;

    @Inject
    @ConfigProperty(name = "o2c.sap.price-service", defaultValue = "/sap/opu/odata/sap/API_SLSPRICINGCONDITIONRECORD_SRV/")
    String priceServicePath;

    @Inject
    @ConfigProperty(name = "o2c.sap.price-condition-type", defaultValue = "PPR0")
    String priceConditionType;

    @Inject
    Clock clock;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ItemPage changedSince(Instant since, int offset, int limit) {
        SapODataClient client = sap.client();
        var service = sap.settings().serviceRoot(servicePath);
        JsonObject answer = client.get(service, query(since, offset, limit), "product query");
        List<JsonObject> rows = new ArrayList<>(results(answer));
        String count = answer.get("d") instanceof JsonObject d ? SapErrors.text(d.get("__count")) : null;
        long total = count == null || !count.matches("\\d+") ? -1 : Long.parseLong(count);
        String next = next(answer);
        while (rows.size() < limit && next != null) {
            JsonObject more = client.get(service, next, "product query");
            rows.addAll(results(more));
            next = next(more);
        }
        List<ErpItem> items = rows.stream().limit(limit).map(SapCatalogGateway::item).toList();
        items = prices(client).priced(items);
        boolean hasMore = total >= 0 ? offset + rows.size() < total : rows.size() >= limit || next != null;
        return new ItemPage(items, hasMore && !rows.isEmpty(), total);
    }

    private SapPrices prices(SapODataClient client) {
        SapSettings settings = sap.settings();
        return new SapPrices(path -> client.get(settings.serviceRoot(priceServicePath), path, "price condition query"),
                priceConditionType, settings.salesOrganization(), settings.distributionChannel(),
                LocalDate.now(clock.withZone(settings.timeZone())));
    }

    static String query(Instant since, int offset, int limit) {
        return "A_Product?$filter=" + encode("LastChangeDateTime gt datetimeoffset'" + INSTANT.format(since) + "'")
                + "&$orderby=" + encode("LastChangeDateTime,Product") + "&$top=" + limit + "&$skip=" + offset
                + "&$inlinecount=allpages&$select=Product,IsMarkedForDeletion,LastChangeDateTime,"
                + "to_Description/Language,to_Description/ProductDescription&$expand=to_Description";
    }

    static ErpItem item(JsonObject row) {
        String product = SapErrors.text(row.get("Product"));
        JsonValue descriptions = row.get("to_Description") instanceof JsonObject wrapped ? wrapped.get("results")
                : row.get("to_Description");
        String name = null;
        if (descriptions instanceof JsonArray list) {
            for (JsonValue value : list) {
                if (value instanceof JsonObject d) {
                    String text = SapErrors.text(d.get("ProductDescription"));
                    if (text != null && !text.isBlank() && (name == null || "EN".equals(SapErrors.text(d.get("Language"))))) {
                        name = text;
                    }
                }
            }
        }
        boolean deleted = row.get("IsMarkedForDeletion") == JsonValue.TRUE;
        return new ErpItem(product, product, name, null, deleted, null, null, null,
                instant(row.get("LastChangeDateTime")));
    }

    /** A v2 Edm.DateTimeOffset, {@code /Date(1772409600000+0000)/}. */
    static Instant instant(JsonValue value) {
        String text = SapErrors.text(value);
        if (text == null || !text.startsWith("/Date(")) {
            return text == null || text.isBlank() ? Instant.EPOCH : Instant.parse(text);
        }
        String inside = text.substring(6, text.indexOf(')'));
        return Instant.ofEpochMilli(Long.parseLong(inside.split("(?<=\\d)[+-]", 2)[0]));
    }

    private static List<JsonObject> results(JsonObject answer) {
        JsonValue results = answer.get("d") instanceof JsonObject d ? d.get("results") : null;
        return results instanceof JsonArray list
                ? list.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList() : List.of();
    }

    private static String next(JsonObject answer) {
        return answer.get("d") instanceof JsonObject d ? SapErrors.text(d.get("__next")) : null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
