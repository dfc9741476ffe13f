package org.o2cbridge.sandbox.netsuite.record;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An item the simulated account sells: its external id (the product code), display name and base
 * price, the price every sales order line of it gets. The default catalog comes from configuration
 * as {@code EXTERNAL-ID=price[:display name]} entries separated by commas.
 */
public record CatalogItem(String externalId, String displayName, BigDecimal basePrice) {

    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9_-]+");

    public CatalogItem {
        if (externalId == null || !EXTERNAL_ID.matcher(externalId).matches()) {
            throw new IllegalArgumentException("an item external id has only letters, digits, _ and -: " + externalId);
        }
        if (basePrice == null || basePrice.signum() < 0) {
            throw new IllegalArgumentException("the base price of " + externalId + " must be 0 or more");
        }
        displayName = displayName == null || displayName.isBlank() ? externalId : displayName.strip();
    }

    public static List<CatalogItem> parseAll(String configured) {
        List<CatalogItem> items = new ArrayList<>();
        for (String entry : configured.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] idAndRest = entry.strip().split("=", 2);
            if (idAndRest.length != 2) {
                throw new IllegalArgumentException("a catalog entry is EXTERNAL-ID=price[:display name]: " + entry);
            }
            String[] priceAndName = idAndRest[1].split(":", 2);
            items.add(new CatalogItem(idAndRest[0].strip(), priceAndName.length > 1 ? priceAndName[1] : null,
                    new BigDecimal(priceAndName[0].strip())));
        }
        return items;
    }
}
