package org.o2cbridge.billing;

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

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the billing documents of the run's ERP (its {@code erp} parameter) changed after the job's
 * watermark for that ERP, a page at a time. The
 * checkpoint is the watermark the run started from and how many documents it has read, so a
 * restart asks for the same query and goes on after the last committed chunk. How far what it read
 * covers the ERP's changes ({@link CompleteThrough}) goes to the writer, and the links of each page
 * read (two look-ups a page, {@link PageLinks}) to the processor, in the step's transient data.
 */
@Named("invoicePaymentSyncReader")
@Dependent
public class InvoicePaymentSyncReader extends AbstractItemReader {

    /** The checkpoint: the run's lower bound and the documents read so far. */
    public record Position(Instant since, long read) implements Serializable {
    }

    @Inject
    Instance<BillingSource> sources;

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

    private BillingSource source;

    private final Deque<BillingDocument> page = new ArrayDeque<>();
    private Instant since;
    private long read;
    private int pageSize;
    private boolean more = true;
    private boolean estimated;
    private final CompleteThrough complete = new CompleteThrough();
    private PageLinks pageLinks;

    @Override
    public void open(Serializable checkpoint) {
        source = ErpPorts.select(sources, erp);
        pageLinks = new PageLinks(links, source.system());
        step.setTransientUserData(new SyncState(complete, pageLinks));
        pageSize = Integer.parseInt(pageSizeProperty);
        if (checkpoint instanceof Position position) {
            since = position.since();
            read = position.read();
        } else {
            since = watermark.current(job.getJobName(), source.system());
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
        BillingDocument next = page.poll();
        if (next != null) {
            read++;
            complete.read(next, page.peek(), page.isEmpty() && !more);
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(since, read);
    }

    private void fill(long offset) {
        BillingPage next = source.changedSince(since, Math.toIntExact(offset), pageSize);
        if (!estimated && next.total() >= 0) {
            estimates.expect(job.getExecutionId(), job.getJobName(), next.total());
            estimated = true;
        }
        page.addAll(next.documents());
        pageLinks.load(next.documents());
        more = next.hasMore() && !next.documents().isEmpty();
    }
}
