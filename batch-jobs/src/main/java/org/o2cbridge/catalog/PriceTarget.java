package org.o2cbridge.catalog;

import java.util.List;

/**
 * Salesforce's standard price book: its id, and its entries upserted by their price keys
 * ({@link PriceRecord#key()}): one outcome per record, in the records' order, named by the
 * record's ERP item id. A refused record is an outcome, not an exception; a call that fails as a
 * whole throws.
 */
public interface PriceTarget {

    /** The id of the org's standard price book ({@code Pricebook2} with {@code IsStandard = true}). */
    String standardPriceBookId();

    List<ProductTarget.UpsertOutcome> upsert(String priceBookId, List<PriceRecord> records);
}
