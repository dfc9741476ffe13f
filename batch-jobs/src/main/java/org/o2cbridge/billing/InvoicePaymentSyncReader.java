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
 * watermark for that ERP, a page at a time, and then, for an ERP that keeps them apart
 * ({@link BillingSource#paymentsApart()}), its customer payments changed since then. The
 * checkpoint is the watermark the run started from and how many documents and payments it has
 * read, so a restart asks for the same queries and goes on after the last committed chunk. How far
 * what it read covers the ERP's changes ({@link BillingCoverage}) goes to the writer, and the links
 * of each page read (two look-ups a page, {@link PageLinks}) to the processor, in the step's
 * transient data.
 */
@Named("invoicePaymentSyncReader")
@Dependent
public class InvoicePaymentSyncReader extends AbstractItemReader {

    /** The checkpoint: the run's lower bound, the documents and the payments read so far. */
    public record Position(Instant since, long read, long payments) implements Serializable {

        /** Before any payment (and for an ERP whose documents hold its payments). */
        public Position(Instant since, long read) {
            this(since, read, 0);
        }
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
    private long paymentsRead;
    private boolean inPayments;
    private boolean morePayments = true;
    private boolean estimated;
    private long documentsTotal = -1;
    private BillingCoverage complete;
    private PageLinks pageLinks;

    @Override
    public void open(Serializable checkpoint) {
        source = ErpPorts.select(sources, erp);
        pageLinks = new PageLinks(links, source.system());
        pageSize = Integer.parseInt(pageSizeProperty);
        if (checkpoint instanceof Position position) {
            since = position.since();
            read = position.read();
            paymentsRead = position.payments();
        } else {
            since = watermark.current(job.getJobName(), source.system());
            read = 0;
            paymentsRead = 0;
        }
        complete = new BillingCoverage(since, source.paymentsApart());
        step.setTransientUserData(new SyncState(complete, pageLinks));
        if (paymentsRead > 0) {
            // a payment was committed: every document was read before it
            more = false;
            inPayments = true;
            complete.documentsEnded();
            long pageStart = paymentsRead - paymentsRead % pageSize;
            fillPayments(pageStart);
            for (long i = pageStart; i < paymentsRead; i++) {
                page.poll();
            }
            return;
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
        if (!inPayments) {
            if (page.isEmpty() && more) {
                fill(read);
            }
            BillingDocument next = page.poll();
            if (next != null) {
                read++;
                complete.readDocument(next, page.peek(), page.isEmpty() && !more);
                if (page.isEmpty() && !more) {
                    startPayments();
                }
                return next;
            }
            complete.documentsEnded();
            if (!source.paymentsApart()) {
                return null;
            }
            startPayments();
        }
        if (page.isEmpty() && morePayments) {
            fillPayments(paymentsRead);
        }
        BillingDocument next = page.poll();
        if (next != null) {
            paymentsRead++;
            complete.readPayment(next, page.isEmpty() && !morePayments);
        } else {
            complete.paymentsEnded();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(since, read, paymentsRead);
    }

    private void fill(long offset) {
        BillingPage next = source.changedSince(since, Math.toIntExact(offset), pageSize);
        if (!estimated && next.total() >= 0) {
            estimates.expect(job.getExecutionId(), job.getJobName(), next.total());
            estimated = true;
            documentsTotal = next.total();
        }
        page.addAll(next.documents());
        pageLinks.load(next.documents());
        more = next.hasMore() && !next.documents().isEmpty();
    }

    /**
     * After the last document, the first page of payments, read at once so that the chunk of the
     * last document already knows whether any payment follows.
     */
    private void startPayments() {
        if (inPayments || !source.paymentsApart()) {
            return;
        }
        inPayments = true;
        fillPayments(paymentsRead);
        if (page.isEmpty()) {
            complete.paymentsEnded();
        }
    }

    private void fillPayments(long offset) {
        BillingPage next = source.paymentsChangedSince(since, Math.toIntExact(offset), pageSize);
        if (offset == 0 && documentsTotal >= 0 && next.total() > 0) {
            // the run's estimate grows by the payments once their total is known
            estimates.expect(job.getExecutionId(), job.getJobName(), documentsTotal + next.total());
        }
        page.addAll(next.documents());
        pageLinks.load(next.documents());
        morePayments = next.hasMore() && !next.documents().isEmpty();
    }
}
