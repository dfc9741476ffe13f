package org.o2cbridge.catalog;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.ErpWatermark;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.billing.CompleteThrough;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the catalog items of the run's ERP ({@code erp}) changed after the job's watermark for that ERP (every item on the first run,
 * whose watermark is the epoch), a page at a time. The checkpoint is the watermark the run started
 * from and how many items it has read, so a restart asks for the same query and goes on after the
 * last committed chunk. How far what it read covers the ERP's changes ({@link CompleteThrough})
 * goes to the writer in the step's transient data.
 */
@Named("productCatalogSyncReader")
@Dependent
public class ProductCatalogSyncReader extends AbstractItemReader {

    /** The checkpoint: the run's lower bound and the items read so far. */
    public record Position(Instant since, long read) implements Serializable {
    }

    @Inject
    Instance<ItemSource> sources;

    @Inject
    ErpWatermark watermark;

    @Inject
    JobContext job;

    @Inject
    JobEstimates estimates;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSizeProperty;

    @Inject
    @BatchProperty(name = ErpPorts.PARAMETER)
    String erp;

    private ItemSource source;

    private final Deque<ErpItem> page = new ArrayDeque<>();
    private final CompleteThrough complete = new CompleteThrough();
    private Instant since;
    private long read;
    private int pageSize;
    private boolean more = true;
    private boolean estimated;

    @Override
    public void open(Serializable checkpoint) {
        step.setTransientUserData(complete);
        String system = ProductCatalogSyncJob.system(erp);
        source = ErpPorts.select(sources, system);
        pageSize = Integer.parseInt(pageSizeProperty);
        if (checkpoint instanceof Position position) {
            since = position.since();
            read = position.read();
        } else {
            since = watermark.current(job.getJobName(), system);
            read = 0;
        }
        long pageStart = read - read % pageSize;
        if (pageStart < read) {
            fill(pageStart);
            for (long i = pageStart; i < read; i++) {
                page.poll();
            }
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && more) {
            fill(read);
        }
        ErpItem next = page.poll();
        if (next != null) {
            read++;
            ErpItem following = page.peek();
            complete.read(next.lastModified(), following == null ? null : following.lastModified(),
                    page.isEmpty() && !more);
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(since, read);
    }

    private void fill(long offset) {
        ItemPage next = source.changedSince(since, Math.toIntExact(offset), pageSize);
        if (!estimated && next.total() >= 0) {
            estimates.expect(job.getExecutionId(), job.getJobName(), next.total());
            estimated = true;
        }
        page.addAll(next.items());
        more = next.hasMore() && !next.items().isEmpty();
    }
}
