package org.o2cbridge.customer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;

import java.io.Serializable;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Reads Salesforce's Accounts from one Bulk API 2.0 query job, a page of results at a time and
 * each page record by record as it arrives, so no more than the record in hand is held. A first
 * run starts the query job and waits for it; its record count is the run's estimate, asked of
 * Salesforce again by a run that goes on reading the job. The
 * checkpoint is an {@link AccountPosition} — the job, the locator of the page being read and how
 * many of its records are committed — so a restart asks for that page again and carries on after
 * them; a resume of a stale execution starts from the position that execution committed
 * ({@link JobPositions}). When Salesforce no longer has the query job (it deletes finished jobs
 * after 7 days), the reader starts a new query job and reads from its first record: customers
 * loaded already are upserted again by their Account Id and change nothing. The current position
 * goes to the writer as a {@link Supplier} in the step's transient data.
 */
@Named("customerInitialLoadReader")
@Dependent
public class CustomerInitialLoadReader extends AbstractItemReader {

    /** The part the position of a run is saved under. */
    static final String PART = "accounts";
    private static final Logger LOG = Logger.getLogger(CustomerInitialLoadReader.class.getName());

    @Inject
    AccountSource source;

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
    private AccountPage page;

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
        SalesforceAccount account = page.next();
        done++;
        return account;
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
        AccountSource.QueryJob query;
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
                + "; the accounts read already are upserted again and change nothing";
    }

    private void startQuery() {
        AccountSource.QueryJob query = source.query();
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
