package org.o2cbridge.connector.salesforce;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.catalog.ProductRecord;
import org.o2cbridge.catalog.ProductTarget;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductCollectionsJsonTest {

    private static final ProductRecord WIDGET = new ProductRecord("17", "Widget", "WID-100", "A widget", true,
            new BigDecimal("40"));
    private static final ProductRecord RETIRED = new ProductRecord("18", "WID-200", "WID-200", null, false, null);

    @Test
    void aProductCarriesItsKeyNameCodeDescriptionActivityAndQuantityAndAbsentValuesAsNull() {
        JsonObject request = Json.createReader(new StringReader(ProductCollectionsJson.request(List.of(WIDGET, RETIRED))))
                .readObject();

        assertFalse(request.getBoolean("allOrNone"));
        JsonObject widget = request.getJsonArray("records").getJsonObject(0);
        assertEquals("Product2", widget.getJsonObject("attributes").getString("type"));
        assertEquals("17", widget.getString("ERP_Item_Id__c"));
        assertEquals("Widget", widget.getString("Name"));
        assertEquals("WID-100", widget.getString("ProductCode"));
        assertEquals("A widget", widget.getString("Description"));
        assertTrue(widget.getBoolean("IsActive"));
        assertEquals(new BigDecimal("40"), widget.getJsonNumber("Available_Quantity__c").bigDecimalValue());
        JsonObject retired = request.getJsonArray("records").getJsonObject(1);
        assertFalse(retired.getBoolean("IsActive"));
        assertTrue(retired.isNull("Description"));
        assertTrue(retired.isNull("Available_Quantity__c"));
    }

    @Test
    void eachResultBecomesTheOutcomeOfItsRecordWithSalesforcesErrorWhenRefused() {
        List<ProductTarget.UpsertOutcome> outcomes = ProductCollectionsJson.results(List.of(WIDGET, RETIRED),
                "[{\"id\":\"01t1\",\"success\":true,\"errors\":[],\"created\":true},{\"success\":false,\"errors\":"
                        + "[{\"statusCode\":\"STRING_TOO_LONG\",\"message\":\"Name: data value too large\",\"fields\":[]}]}]");

        assertEquals(new ProductTarget.UpsertOutcome("17", "01t1", true, null, null), outcomes.get(0));
        assertEquals(new ProductTarget.UpsertOutcome("18", null, false, "STRING_TOO_LONG", "Name: data value too large"),
                outcomes.get(1));
    }
}
