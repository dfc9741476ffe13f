package org.o2cbridge.billing;

import java.util.List;

/** One page of billing documents, in the ERP's stable order, and whether more follow. */
public record BillingPage(List<BillingDocument> documents, boolean hasMore) {
}
