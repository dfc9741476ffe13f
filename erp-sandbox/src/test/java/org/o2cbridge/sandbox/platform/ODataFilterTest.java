package org.o2cbridge.sandbox.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ODataFilterTest {

    private static final JsonObject DELIVERY = Json.createObjectBuilder().add("DeliveryDocument", "80000001")
            .add("OverallGoodsMovementStatus", "C").add("LastChangeDate", "/Date(1772409600000)/").build();
    private static final JsonObject SLIP = Json.createObjectBuilder().add("dataAreaId", "usmf")
            .add("SalesOrderNumber", "000042").add("ModifiedDateTime", "2026-03-02T14:05:09Z").build();

    @Test
    void v2DateTimesCompareAsTimeAndComparisonsJoinWithParentheses() {
        Predicate<JsonObject> changed = ODataFilter.parse("OverallGoodsMovementStatus eq 'C' and LastChangeDate ge "
                + "datetime'2026-03-02T00:00:00'");
        assertTrue(changed.test(DELIVERY));
        assertFalse(ODataFilter.parse("LastChangeDate ge datetime'2026-03-03T00:00:00'").test(DELIVERY));
        assertTrue(ODataFilter.parse("(DeliveryDocument eq '1' or DeliveryDocument eq '80000001') and "
                + "OverallGoodsMovementStatus eq 'C'").test(DELIVERY));
    }

    @Test
    void v4DateTimeLiteralsAndOrOfAnds() {
        assertTrue(ODataFilter.parse("ModifiedDateTime gt 2026-03-02T14:05:08Z").test(SLIP));
        assertFalse(ODataFilter.parse("ModifiedDateTime gt 2026-03-02T14:05:09Z").test(SLIP));
        assertTrue(ODataFilter.parse("(dataAreaId eq 'demf' and SalesOrderNumber eq '000042') or "
                + "(dataAreaId eq 'usmf' and SalesOrderNumber eq '000042')").test(SLIP));
    }

    @Test
    void whatItDoesNotUnderstandIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ODataFilter.parse("substringof('a', Name)"));
        assertThrows(IllegalArgumentException.class, () -> ODataFilter.parse("Name has 'a'"));
    }
}
