package org.o2cbridge.catalog;

import java.util.List;

/** One page of catalog items, in the ERP's stable order, and whether more follow. */
public record ItemPage(List<ErpItem> items, boolean hasMore) {
}
