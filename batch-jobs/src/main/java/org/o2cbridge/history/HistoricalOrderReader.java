package org.o2cbridge.history;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.ErpPorts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads one partition's historical orders a page at a time, by key: the checkpoint is the key of
 * the last order of the last committed chunk, so a restart reads on from there and never reads a
 * committed order again, however many orders the range holds. An execution resuming a stale one
 * has no checkpoint of its own and starts after the stale execution's last committed key
 * ({@code after}, from the partition plan). The orders come from the adapter of the run's ERP
 * ({@code erp}).
 */
@Named("historicalOrderReader")
@Dependent
public class HistoricalOrderReader extends AbstractItemReader {

    @Inject
    Instance<OrderHistorySource> sources;

    /** The ERP the run reads ({@link ErpPorts#PARAMETER}). */
    @Inject
    @BatchProperty(name = ErpPorts.PARAMETER)
    String erp;

    @Inject
    @BatchProperty(name = "from")
    String from;

    @Inject
    @BatchProperty(name = "to")
    String to;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSizeProperty;

    /** Where a resumed execution's range stood: the last committed key, empty for none. */
    @Inject
    @BatchProperty(name = "after")
    String after;

    private final Deque<HistoricalOrder> page = new ArrayDeque<>();
    private OrderHistorySource source;
    private DateRange range;
    private int pageSize;
    private String lastRead;
    private boolean more = true;

    @Override
    public void open(Serializable checkpoint) {
        source = ErpPorts.select(sources, erp);
        range = new DateRange(LocalDate.parse(from), LocalDate.parse(to));
        pageSize = Integer.parseInt(pageSizeProperty.strip());
        lastRead = checkpoint instanceof String key ? key : after == null || after.isBlank() ? null : after.strip();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && more) {
            HistoryPage next = source.after(range, lastRead, pageSize);
            page.addAll(next.orders());
            more = next.hasMore() && !next.orders().isEmpty();
        }
        HistoricalOrder order = page.poll();
        if (order != null) {
            lastRead = order.erpId();
        }
        return order;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
