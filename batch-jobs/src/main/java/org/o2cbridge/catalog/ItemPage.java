package org.o2cbridge.catalog;

import java.util.List;

/** One page of catalog items, in the ERP's stable order, and whether more follow; {@code total} is how many the whole query holds (-1: not known). */
public record ItemPage(List<ErpItem> items, boolean hasMore, long total) {

    /** A page of a query whose total the ERP did not say. */
    public ItemPage(List<ErpItem> items, boolean hasMore) {
        this(items, hasMore, -1);
    }
}
