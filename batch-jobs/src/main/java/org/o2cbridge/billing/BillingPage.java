package org.o2cbridge.billing;

import java.util.List;

/** One page of billing documents, in the ERP's stable order, and whether more follow; {@code total} is how many the whole query holds (-1: not known). */
public record BillingPage(List<BillingDocument> documents, boolean hasMore, long total) {

    /** A page of a query whose total the ERP did not say. */
    public BillingPage(List<BillingDocument> documents, boolean hasMore) {
        this(documents, hasMore, -1);
    }
}
