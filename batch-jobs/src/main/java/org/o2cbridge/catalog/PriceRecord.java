package org.o2cbridge.catalog;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * An item's price as Salesforce's standard price book gets it: a {@code PricebookEntry} of the
 * standard {@code Pricebook2} for the item's product ({@code Product2Id}, the id the product upsert
 * of the same chunk answered) in the price's currency ({@code CurrencyIsoCode}), with the ERP's
 * base price as {@code UnitPrice} and active while the item is. It is keyed by the package's
 * {@code ERP_Price_Key__c}, {@code <ERP item id>:<currency>}: one key per product and currency, as
 * Salesforce allows one standard entry per product and currency.
 */
public record PriceRecord(String erpItemId, String productId, BigDecimal unitPrice, String currency, boolean active) {

    /** The entry's {@code ERP_Price_Key__c}, e.g. {@code 17:USD}. */
    public String key() {
        return key(erpItemId, currency);
    }

    public static String key(String erpItemId, String currency) {
        return erpItemId + ":" + currency.toUpperCase(Locale.ROOT);
    }

    /**
     * The standard price of an item whose product Salesforce saved as {@code productId}, or null
     * when the ERP gave no price or no currency for it (an entry that exists is then left as it is).
     */
    public static PriceRecord of(ErpItem item, String productId) {
        if (item.basePrice() == null || item.currency() == null || item.currency().isBlank() || productId == null) {
            return null;
        }
        return new PriceRecord(item.erpId(), productId, item.basePrice(),
                item.currency().strip().toUpperCase(Locale.ROOT), !item.inactive());
    }
}
