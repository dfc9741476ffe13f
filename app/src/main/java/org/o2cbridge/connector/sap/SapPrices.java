package org.o2cbridge.connector.sap;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.o2cbridge.catalog.ErpItem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Products' standard prices from SAP's sales pricing condition records ({@code API_SLSPRICINGCONDITIONRECORD_SRV},
 * OData v2): the validity periods ({@code A_SlsPrcgCndnRecdValidity}) of one condition type in one
 * sales area ({@code SalesOrganization}, {@code DistributionChannel}) that contain the given day,
 * for up to {@value #MATERIALS_PER_QUERY} materials per query ({@code Material eq … or …}), each
 * with its condition record ({@code $expand=to_SlsPrcgConditionRecord}); {@code __next} links are
 * followed. The price is the record's {@code ConditionRateValue} in {@code ConditionRateValueUnit}
 * (an ISO currency code; a percentage or another unit is no price), per one unit: divided by
 * {@code ConditionQuantity} when the rate is for another quantity (e.g. 1,250.00 per 100 pieces is
 * 12.50), to {@value #SCALE} decimals at most. A record marked deleted, or one without a rate, is
 * no price; where several periods contain the day, the one that started last counts. Without a
 * sales area no price is read. The entity, field and navigation names follow SAP's published
 * metadata of the service (as SAP's Cloud SDK generates it); they were not checked against a live
 * system in this work.
 */
final class SapPrices {

    static final int MATERIALS_PER_QUERY = 40;
    static final int SCALE = 6;

    /** A product's price per one unit in an ISO currency. */
    record Price(BigDecimal amount, String currency) {
    }

    private final Function<String, JsonObject> get;
    private final String conditionType;
    private final String salesOrganization;
    private final String distributionChannel;
    private final LocalDate day;

    /** {@code get} reads a path with its query under the pricing service's root (or a {@code __next} link). */
    SapPrices(Function<String, JsonObject> get, String conditionType, String salesOrganization,
              String distributionChannel, LocalDate day) {
        this.get = get;
        this.conditionType = conditionType;
        this.salesOrganization = salesOrganization;
        this.distributionChannel = distributionChannel;
        this.day = day;
    }

    /** The items, each with its price and currency where SAP has one for it. */
    List<ErpItem> priced(List<ErpItem> items) {
        if (items.isEmpty() || blank(salesOrganization) || blank(distributionChannel) || blank(conditionType)) {
            return items;
        }
        Map<String, Price> prices = find(items.stream().map(ErpItem::erpId).distinct().toList());
        return items.stream().map(item -> {
            Price price = prices.get(item.erpId());
            return price == null ? item : new ErpItem(item.erpId(), item.itemId(), item.displayName(),
                    item.description(), item.inactive(), price.amount(), price.currency(), item.quantityAvailable(),
                    item.lastModified());
        }).toList();
    }

    /** The prices of the materials, by material; a material without one is absent. */
    Map<String, Price> find(List<String> materials) {
        Map<String, JsonObject> valid = new HashMap<>();
        for (String query : queries(materials)) {
            JsonObject answer = get.apply(query);
            collect(answer, valid);
            String next = next(answer);
            while (next != null) {
                answer = get.apply(next);
                collect(answer, valid);
                next = next(answer);
            }
        }
        Map<String, Price> prices = new HashMap<>();
        valid.forEach((material, row) -> price(row).ifPresent(p -> prices.put(material, p)));
        return prices;
    }

    /** One query per {@value #MATERIALS_PER_QUERY} materials. */
    List<String> queries(List<String> materials) {
        String date = "datetime'" + day + "T00:00:00'";
        String common = "ConditionType eq " + quote(conditionType) + " and SalesOrganization eq " + quote(salesOrganization)
                + " and DistributionChannel eq " + quote(distributionChannel) + " and ConditionValidityStartDate le "
                + date + " and ConditionValidityEndDate ge " + date;
        List<String> queries = new ArrayList<>();
        for (int from = 0; from < materials.size(); from += MATERIALS_PER_QUERY) {
            String any = materials.subList(from, Math.min(materials.size(), from + MATERIALS_PER_QUERY)).stream()
                    .map(m -> "Material eq " + quote(m)).collect(Collectors.joining(" or "));
            queries.add("A_SlsPrcgCndnRecdValidity?$filter=" + encode(common + " and (" + any + ")")
                    + "&$select=Material,ConditionRecord,ConditionValidityStartDate,ConditionValidityEndDate,"
                    + "to_SlsPrcgConditionRecord/ConditionRateValue,to_SlsPrcgConditionRecord/ConditionRateValueUnit,"
                    + "to_SlsPrcgConditionRecord/ConditionQuantity,to_SlsPrcgConditionRecord/ConditionIsDeleted"
                    + "&$expand=to_SlsPrcgConditionRecord");
        }
        return queries;
    }

    /** The price of a validity row with its expanded condition record, if it gives one. */
    static Optional<Price> price(JsonObject validity) {
        JsonValue expanded = validity.get("to_SlsPrcgConditionRecord");
        if (!(expanded instanceof JsonObject record) || record.containsKey("__deferred")
                || record.get("ConditionIsDeleted") == JsonValue.TRUE) {
            return Optional.empty();
        }
        BigDecimal rate = decimal(record.get("ConditionRateValue"));
        String unit = SapErrors.text(record.get("ConditionRateValueUnit"));
        if (rate == null || unit == null || !unit.strip().matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        BigDecimal quantity = decimal(record.get("ConditionQuantity"));
        if (quantity != null && quantity.signum() > 0 && quantity.compareTo(BigDecimal.ONE) != 0) {
            rate = rate.divide(quantity, SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        } else if (quantity != null && quantity.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Price(rate, unit.strip().toUpperCase(Locale.ROOT)));
    }

    private static void collect(JsonObject answer, Map<String, JsonObject> valid) {
        JsonValue results = answer.get("d") instanceof JsonObject d ? d.get("results") : null;
        if (!(results instanceof JsonArray list)) {
            return;
        }
        for (JsonValue value : list) {
            if (value instanceof JsonObject row && SapErrors.text(row.get("Material")) != null) {
                valid.merge(SapErrors.text(row.get("Material")), row,
                        (kept, other) -> start(other) > start(kept) ? other : kept);
            }
        }
    }

    private static long start(JsonObject row) {
        String text = SapErrors.text(row.get("ConditionValidityStartDate"));
        if (text == null || !text.startsWith("/Date(")) {
            return Long.MIN_VALUE;
        }
        return Long.parseLong(text.substring(6, text.indexOf(')')).split("(?<=\\d)[+-]", 2)[0]);
    }

    private static BigDecimal decimal(JsonValue value) {
        String text = SapErrors.text(value);
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String next(JsonObject answer) {
        return answer.get("d") instanceof JsonObject d ? SapErrors.text(d.get("__next")) : null;
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
