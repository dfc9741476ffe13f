package org.o2cbridge.history;

import java.util.List;

/** Historical orders in the ERP's key order, and whether more follow in the range asked for. */
public record HistoryPage(List<HistoricalOrder> orders, boolean hasMore) {
}
