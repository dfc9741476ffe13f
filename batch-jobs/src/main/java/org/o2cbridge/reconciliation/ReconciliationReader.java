package org.o2cbridge.reconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;
import org.o2cbridge.customer.AccountPosition;
import org.o2cbridge.customer.QueryJobGoneException;

import java.io.Serializable;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Reads Salesforce's activated Orders from one Bulk API 2.0 query job, a page of results at a time
 * and each page record by record as it arrives, exactly as the customer initial load reads
 * accounts: the query job's record count is the run's estimate, the checkpoint is the job, the
 * locator of the page being read and how many of its records are committed (an
 * {@link AccountPosition}), and a query job Salesforce no longer has is started again from its
 * first record (orders compared already are compared again and find nothing new to queue, as
 * their work is then in the outbox). The current position goes to the writer as a
 * {@link Supplier} in the step's transient data.
 */
@Named("reconciliationReader")
@Dependent
public class ReconciliationReader extends AbstractItemReader {

    /** The part the position of a run is saved under. */
    static final String PART = "orders";
    private static final Logger LOG = Logger.getLogger(ReconciliationReader.class.getName());

    @Inject
    OrderSource source;

    @Inject
    JobEstimates estimates;

    @Inject
    JobPositions positions;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSizeProperty;

    @Inject
    @BatchProperty(name = "resumes")
    String resumes;

    private int pageSize;
    private String jobId;
    private String locator;
    private long done;
    private OrderPage page;

    @Override
    public void open(Serializable checkpoint) {
        pageSize = Integer.parseInt(pageSizeProperty.strip());
        step.setTransientUserData((Supplier<AccountPosition>) this::position);
        AccountPosition start = checkpoint instanceof AccountPosition kept ? kept : resumed();
        if (start == null) {
            startQuery();
        } else {
            goOn(start);
        }
    }

    @Override
    public Object readItem() {
        while (page != null && !page.hasNext()) {
            String next = page.nextLocator();
            page.close();
            page = null;
            if (next == null) {
                return null;
            }
            locator = next;
            done = 0;
            openPage(0);
        }
        if (page == null) {
            return null;
        }
        SalesforceOrder order = page.next();
        done++;
        return order;
    }

    @Override
    public Serializable checkpointInfo() {
        return position();
    }

    @Override
    public void close() {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    AccountPosition position() {
        return new AccountPosition(jobId, locator, done);
    }

    private AccountPosition resumed() {
        if (resumes == null || resumes.isBlank()) {
            return null;
        }
        return AccountPosition.parse(positions.of(Long.parseLong(resumes.strip())).get(PART));
    }

    /** Carries on reading the query job at {@code start}, which a run before committed. */
    private void goOn(AccountPosition start) {
        OrderSource.QueryJob query;
        try {
            query = source.job(start.jobId());
        } catch (QueryJobGoneException e) {
            LOG.warning(() -> goneMessage(e));
            startQuery();
            return;
        }
        jobId = start.jobId();
        locator = start.locator();
        done = start.done();
        estimates.expect(job.getExecutionId(), job.getJobName(), query.records());
        openPage(done);
    }

    private String goneMessage(QueryJobGoneException e) {
        return "Run " + job.getExecutionId() + " of " + job.getJobName() + " starts a new query job: " + e.getMessage()
                + "; the orders read already are compared again";
    }

    private void startQuery() {
        OrderSource.QueryJob query = source.query();
        jobId = query.id();
        locator = null;
        done = 0;
        estimates.expect(job.getExecutionId(), job.getJobName(), query.records());
        openPage(0);
    }

    /** Opens the page at the current locator and passes over its first {@code skip} records. */
    private void openPage(long skip) {
        try {
            page = source.page(jobId, locator, pageSize);
        } catch (QueryJobGoneException e) {
            LOG.warning(() -> goneMessage(e));
            startQuery();
            return;
        }
        for (long i = 0; i < skip && page.hasNext(); i++) {
            page.next();
        }
    }
}
