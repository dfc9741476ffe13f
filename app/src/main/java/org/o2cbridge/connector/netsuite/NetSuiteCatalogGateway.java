package org.o2cbridge.connector.netsuite;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * NetSuite's catalog items for the product catalog job, read with SuiteQL from the {@code item}
 * table a page at a time ({@code limit}/{@code offset}, {@code hasMore}), changed after the
 * watermark and ordered by change time and internal id so that paging is stable. The price read is
 * the item's base price ({@code baseprice}, the Base Price level); SuiteQL's item row does not say
 * its currency, which is the account's base currency: {@code o2c.netsuite.price-currency} (ISO
 * code, default {@code USD}) names it. The call runs outside the chunk's transaction: no database
 * work waits on NetSuite.
 */
@ApplicationScoped
public class NetSuiteCatalogGateway implements ItemSource {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Inject
    NetSuiteRecords netSuite;

    @Inject
    @ConfigProperty(name = "o2c.netsuite.price-currency", defaultValue = "USD")
    String priceCurrency;

    @Override
    public String system() {
        return NetSuiteGateway.SYSTEM;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ItemPage changedSince(Instant since, int offset, int limit) {
        JsonObject page = netSuite.suiteQlPage(query(since), limit, offset);
        JsonArray rows = page.get("items") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        List<ErpItem> items = rows.stream().map(JsonValue::asJsonObject).map(row -> item(row, priceCurrency)).toList();
        return new ItemPage(items, page.getBoolean("hasMore", false),
                page.containsKey("totalResults") ? page.getJsonNumber("totalResults").longValue() : -1);
    }

    static String query(Instant since) {
        return "SELECT id, itemid, displayname, description, isinactive, baseprice, quantityavailable, "
                + "lastmodifieddate FROM item "
                + "WHERE lastmodifieddate > TO_TIMESTAMP('" + TIMESTAMP.format(since) + "', 'YYYY-MM-DD HH24:MI:SS') "
                + "ORDER BY lastmodifieddate, id";
    }

    static ErpItem item(JsonObject row, String currency) {
        return new ErpItem(row.getString("id"), row.getString("itemid", null), row.getString("displayname", null),
                row.getString("description", null), "T".equalsIgnoreCase(row.getString("isinactive", "F")),
                decimal(row, "baseprice"), currency, decimal(row, "quantityavailable"),
                Instant.parse(row.getString("lastmodifieddate")));
    }

    private static BigDecimal decimal(JsonObject row, String column) {
        return row.containsKey(column) && !row.isNull(column) ? new BigDecimal(row.getString(column)) : null;
    }
}
