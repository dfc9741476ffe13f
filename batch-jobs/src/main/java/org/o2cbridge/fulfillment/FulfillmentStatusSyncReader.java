package org.o2cbridge.fulfillment;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.billing.OrderLinks;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.ErpWatermark;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.billing.CompleteThrough;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the shipments of the run's ERP ({@code erp}) changed after the job's watermark for that
 * ERP, a page at a time, as the invoice sync reads billing documents, and links them through that
 * ERP's cross-references: the checkpoint is the run's lower bound and how many it
 * has read; how far the reads cover the ERP's changes ({@link CompleteThrough}) and each page's
 * links and shipments ({@link PageShipments}: two look-ups a page) go to the processor and writer
 * in the step's transient data.
 */
@Named("fulfillmentStatusSyncReader")
@Dependent
public class FulfillmentStatusSyncReader extends AbstractItemReader {

    /** The checkpoint: the run's lower bound and the fulfillments read so far. */
    public record Position(Instant since, long read) implements Serializable {
    }

    @Inject
    Instance<FulfillmentSource> sources;

    @Inject
    ErpWatermark watermark;

    @Inject
    OrderLinks links;

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

    private FulfillmentSource source;

    private final Deque<Fulfillment> page = new ArrayDeque<>();
    private Instant since;
    private long read;
    private int pageSize;
    private boolean more = true;
    private boolean estimated;
    private final CompleteThrough complete = new CompleteThrough();
    private PageShipments shipments;

    @Override
    public void open(Serializable checkpoint) {
        String system = FulfillmentStatusSyncJob.system(erp);
        source = ErpPorts.select(sources, system);
        shipments = new PageShipments(links, system, source);
        step.setTransientUserData(new FulfillmentSyncState(complete, shipments));
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
        Fulfillment next = page.poll();
        if (next != null) {
            read++;
            Fulfillment following = page.peek();
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
        FulfillmentPage next = source.changedSince(since, Math.toIntExact(offset), pageSize);
        if (!estimated && next.total() >= 0) {
            estimates.expect(job.getExecutionId(), job.getJobName(), next.total());
            estimated = true;
        }
        page.addAll(next.fulfillments());
        shipments.load(next.fulfillments());
        more = next.hasMore() && !next.fulfillments().isEmpty();
    }
}
