package org.o2cbridge.sandbox.sap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated system's product master as {@code API_PRODUCT_SRV} shows it: {@code A_Product}
 * rows ({@code Product}, {@code ProductType}, {@code IsMarkedForDeletion}, {@code LastChangeDateTime}
 * as a v2 {@code /Date(ms+0000)/}) with their descriptions ({@code to_Description}:
 * {@code Language}, {@code ProductDescription}). Changes go through the control API; each one
 * stamps the product with the time it was made.
 */
public final class SapProducts {

    private final Map<String, JsonObject> products = new LinkedHashMap<>();

    /** Creates or changes a product, stamped now. */
    public synchronized JsonObject put(String product, String description, boolean markedForDeletion) {
        long millis = Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
        JsonObject row = Json.createObjectBuilder().add("Product", product).add("ProductType", "FERT")
                .add("IsMarkedForDeletion", markedForDeletion)
                .add("LastChangeDateTime", "/Date(" + millis + "+0000)/")
                .add("to_Description", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("Product", product).add("Language", "EN")
                        .add("ProductDescription", description == null ? "" : description))).build();
        products.put(product, row);
        return row;
    }

    public synchronized List<JsonObject> all() {
        return new ArrayList<>(products.values());
    }

    public synchronized void clear() {
        products.clear();
    }
}
