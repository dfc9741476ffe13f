package org.o2cbridge.history;

import org.o2cbridge.jobs.ErpPort;

/**
 * The ERP's sales-order history, read a page at a time in the order of the ERP's keys: the orders
 * dated within {@code range} whose key comes after {@code afterErpId} (all of them when it is
 * null). Reading by key rather than by offset keeps each query small however long the history is,
 * and a restart goes on from the last key committed. Each ERP's adapter answers its {@link #system()};
 * a run reads the one its {@code erp} parameter names.
 */
public interface OrderHistorySource extends ErpPort {

    HistoryPage after(DateRange range, String afterErpId, int limit);

    /** How many orders the range holds, for progress; a read of its own. */
    long count(DateRange range);
}
