package org.o2cbridge.sandbox.sap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulated system's sales pricing condition records as {@code API_SLSPRICINGCONDITIONRECORD_SRV}
 * shows them: per condition type, sales organization, distribution channel and material one
 * condition record ({@code A_SlsPrcgConditionRecord}: {@code ConditionRecord}, {@code ConditionType},
 * {@code ConditionRateValue} and {@code ConditionQuantity} as v2 Edm.Decimal text,
 * {@code ConditionRateValueUnit} the currency, {@code ConditionQuantityUnit}, {@code ConditionIsDeleted})
 * with one validity period ({@code A_SlsPrcgCndnRecdValidity}: the record's number, the material,
 * the sales area, {@code ConditionValidityStartDate}/{@code ConditionValidityEndDate} as v2
 * {@code /Date(ms)/}, valid from 2000-01-01 to 9999-12-31). Record numbers count from
 * {@code 0000000001} in the order records are made, so the seeded ones are always the same.
 * Changing a price changes the rate of the record the material already has.
 */
public final class SapPricing {

    /** The condition type of the seeded prices and of a change that names none. */
    public static final String BASE_PRICE = "PPR0";

    private static final String VALID_FROM = date(LocalDate.of(2000, 1, 1));
    private static final String VALID_TO = date(LocalDate.of(9999, 12, 31));

    private final Map<String, JsonObject> records = new LinkedHashMap<>();
    private final Map<String, JsonObject> validities = new LinkedHashMap<>();
    private final Map<String, String> recordByKey = new LinkedHashMap<>();
    private int lastNumber;

    /**
     * Sets the price of a material in a sales area (a new record, or a new rate for the one it has):
     * {@code rate} in {@code currency} for {@code quantity} units; answers the record with its validity.
     */
    public synchronized JsonObject put(String conditionType, String salesOrganization, String distributionChannel,
                                       String material, BigDecimal rate, String currency, BigDecimal quantity) {
        String key = String.join("/", conditionType, salesOrganization, distributionChannel, material);
        String number = recordByKey.computeIfAbsent(key, k -> String.format("%010d", ++lastNumber));
        JsonObject record = Json.createObjectBuilder().add("ConditionRecord", number)
                .add("ConditionSequentialNumber", "01").add("ConditionApplication", "V")
                .add("ConditionType", conditionType).add("ConditionRateValue", rate.toPlainString())
                .add("ConditionRateValueUnit", currency.toUpperCase(Locale.ROOT))
                .add("ConditionQuantity", quantity.toPlainString()).add("ConditionQuantityUnit", "PC")
                .add("ConditionIsDeleted", false).build();
        JsonObject validity = Json.createObjectBuilder().add("ConditionRecord", number)
                .add("ConditionValidityStartDate", VALID_FROM).add("ConditionValidityEndDate", VALID_TO)
                .add("ConditionApplication", "V").add("ConditionType", conditionType)
                .add("SalesOrganization", salesOrganization).add("DistributionChannel", distributionChannel)
                .add("Material", material).build();
        records.put(number, record);
        validities.put(number, validity);
        return Json.createObjectBuilder(record).add("to_SlsPrcgCndnRecdValidity", Json.createArrayBuilder()
                .add(validity)).build();
    }

    /** Every condition record. */
    public synchronized List<JsonObject> records() {
        return new ArrayList<>(records.values());
    }

    /** Every validity period. */
    public synchronized List<JsonObject> validities() {
        return new ArrayList<>(validities.values());
    }

    /** The condition record of a number, or null. */
    public synchronized JsonObject record(String number) {
        return records.get(number);
    }

    /** The validity periods of a record. */
    public synchronized List<JsonObject> validitiesOf(String number) {
        JsonObject validity = validities.get(number);
        return validity == null ? List.of() : List.of(validity);
    }

    /** Forgets every record; numbering starts again. */
    public synchronized void clear() {
        records.clear();
        validities.clear();
        recordByKey.clear();
        lastNumber = 0;
    }

    private static String date(LocalDate day) {
        return "/Date(" + day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + ")/";
    }
}
