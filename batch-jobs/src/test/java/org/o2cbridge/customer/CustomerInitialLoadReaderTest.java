package org.o2cbridge.customer;

import org.junit.jupiter.api.Test;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader against a simulated query job: it follows the locators page by page to the last, its
 * checkpoint names the page and the records of it committed, a restart asks for that page again and
 * passes over them, a resume starts where the stale run's position says, and a query job Salesforce
 * no longer has is replaced by a new one read from the start.
 */
class CustomerInitialLoadReaderTest {

    /** Salesforce's query jobs over eleven accounts; locators are offsets; remembers the pages asked. */
    private static final class ElevenAccounts implements AccountSource {
        final List<String> asked = new ArrayList<>();
        final List<String> gone = new ArrayList<>();
        final List<String> closed = new ArrayList<>();
        int jobs;

        @Override
        public QueryJob query() {
            jobs++;
            return new QueryJob("750J" + jobs, 11);
        }

        @Override
        public QueryJob job(String jobId) {
            asked.add(jobId);
            if (gone.contains(jobId)) {
                throw new QueryJobGoneException("Salesforce has no query job " + jobId);
            }
            return new QueryJob(jobId, 11);
        }

        @Override
        public AccountPage page(String jobId, String locator, int maxRecords) {
            asked.add(jobId + "@" + locator + "/" + maxRecords);
            if (gone.contains(jobId)) {
                throw new QueryJobGoneException("Salesforce has no query job " + jobId);
            }
            int from = locator == null ? 0 : Integer.parseInt(locator);
            int to = Math.min(11, from + maxRecords);
            return new AccountPage() {
                int next = from;

                @Override
                public String nextLocator() {
                    return to < 11 ? Integer.toString(to) : null;
                }

                @Override
                public void close() {
                    closed.add(jobId + "@" + locator);
                }

                @Override
                public boolean hasNext() {
                    return next < to;
                }

                @Override
                public SalesforceAccount next() {
                    next++;
                    return new SalesforceAccount("001A" + next, "Account " + next, null, null);
                }
            };
        }
    }

    private static final class Estimates implements JobEstimates {
        final List<Long> expected = new ArrayList<>();

        @Override
        public void expect(long executionId, String jobName, long total) {
            expected.add(total);
        }

        @Override
        public void done(long executionId, long count) {
        }
    }

    private static final class Positions implements JobPositions {
        final Map<Long, Map<String, String>> saved = new HashMap<>();

        @Override
        public Map<String, String> of(long executionId) {
            return saved.getOrDefault(executionId, Map.of());
        }

        @Override
        public void save(long executionId, String jobName, String part, String position) {
            saved.computeIfAbsent(executionId, e -> new HashMap<>()).put(part, position);
        }
    }

    private final Estimates estimates = new Estimates();
    private final Positions positions = new Positions();

    private CustomerInitialLoadReader reader(AccountSource source, String resumes) {
        CustomerInitialLoadReader reader = new CustomerInitialLoadReader();
        BatchContexts contexts = new BatchContexts();
        reader.source = source;
        reader.estimates = estimates;
        reader.positions = positions;
        reader.job = contexts.job();
        reader.step = contexts.step();
        reader.pageSizeProperty = "4";
        reader.resumes = resumes;
        return reader;
    }

    private static List<String> read(CustomerInitialLoadReader reader, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object item = reader.readItem();
            if (item == null) {
                break;
            }
            ids.add(((SalesforceAccount) item).id());
        }
        return ids;
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add("001A" + i);
        }
        return ids;
    }

    @Test
    void startsOneQueryJobAndFollowsItsLocatorsToTheLastPage() {
        ElevenAccounts source = new ElevenAccounts();
        CustomerInitialLoadReader reader = reader(source, null);
        reader.open(null);

        assertEquals(ids(1, 11), read(reader, 20));
        assertNull(reader.readItem());
        assertEquals(1, source.jobs);
        assertEquals(List.of(11L), estimates.expected, "the query job's record count is the run's estimate");
        assertEquals(List.of("750J1@null/4", "750J1@4/4", "750J1@8/4"), source.asked);
        assertEquals(List.of("750J1@null", "750J1@4", "750J1@8"), source.closed, "each page is let go once read");
    }

    @Test
    void theCheckpointNamesThePageAndItsCommittedRecordsAndARestartGoesOnAfterThem() {
        CustomerInitialLoadReader first = reader(new ElevenAccounts(), null);
        first.open(null);
        read(first, 6);
        Serializable checkpoint = first.checkpointInfo();
        assertEquals(new AccountPosition("750J1", "4", 2), checkpoint);

        ElevenAccounts source = new ElevenAccounts();
        CustomerInitialLoadReader restarted = reader(source, null);
        restarted.open(checkpoint);

        assertEquals(ids(7, 11), read(restarted, 20));
        assertEquals(0, source.jobs, "a restart reads the same query job");
        assertEquals(List.of("750J1", "750J1@4/4", "750J1@8/4"), source.asked);
        assertEquals(List.of(11L, 11L), estimates.expected, "the job's count, asked again, is the restarted run's estimate");
    }

    @Test
    void aCheckpointAtTheEndOfAPageMovesOnToTheNextPage() {
        CustomerInitialLoadReader first = reader(new ElevenAccounts(), null);
        first.open(null);
        read(first, 4);
        Serializable checkpoint = first.checkpointInfo();
        assertEquals(new AccountPosition("750J1", null, 4), checkpoint);

        CustomerInitialLoadReader restarted = reader(new ElevenAccounts(), null);
        restarted.open(checkpoint);
        assertEquals(ids(5, 11), read(restarted, 20));
    }

    @Test
    void aResumeStartsFromThePositionTheStaleExecutionCommitted() {
        positions.save(3, CustomerInitialLoadJob.NAME, CustomerInitialLoadReader.PART,
                new AccountPosition("750J9", "8", 1).asText());
        ElevenAccounts source = new ElevenAccounts();
        CustomerInitialLoadReader resumed = reader(source, "3");
        resumed.open(null);

        assertEquals(ids(10, 11), read(resumed, 20));
        assertEquals(0, source.jobs);
        assertEquals(List.of("750J9", "750J9@8/4"), source.asked);
    }

    @Test
    void aQueryJobSalesforceNoLongerHasIsReplacedByANewOneReadFromTheStart() {
        ElevenAccounts source = new ElevenAccounts();
        source.gone.add("750J9");
        CustomerInitialLoadReader restarted = reader(source, null);
        restarted.open(new AccountPosition("750J9", "8", 1));

        assertEquals(ids(1, 11), read(restarted, 20));
        assertEquals(1, source.jobs);
        assertEquals(List.of("750J9", "750J1@null/4", "750J1@4/4", "750J1@8/4"), source.asked);
        assertEquals(List.of(11L), estimates.expected);
    }

    @Test
    void aQueryJobThatGoesWhileItIsReadIsReplacedToo() {
        ElevenAccounts source = new ElevenAccounts();
        CustomerInitialLoadReader reader = reader(source, null);
        reader.open(null);
        assertEquals(ids(1, 4), read(reader, 4));
        source.gone.add("750J1");

        assertEquals(ids(1, 11), read(reader, 20), "the new job's accounts, from the first");
        assertEquals(2, source.jobs);
    }

    @Test
    void theWriterFindsTheReadersPositionInTheStepsTransientData() {
        CustomerInitialLoadReader reader = reader(new ElevenAccounts(), null);
        reader.open(null);
        read(reader, 5);
        Object handed = reader.step.getTransientUserData();
        assertTrue(handed instanceof Supplier<?>, String.valueOf(handed));
        assertEquals(new AccountPosition("750J1", "4", 1), ((Supplier<?>) handed).get());
    }

    @Test
    void aPositionReadsBackFromItsText() {
        AccountPosition first = new AccountPosition("750J1", null, 0);
        AccountPosition later = new AccountPosition("750J1", "MTAwMDA", 17);
        assertEquals(first, AccountPosition.parse(first.asText()));
        assertEquals(later, AccountPosition.parse(later.asText()));
        assertNull(AccountPosition.parse(""));
        assertNull(AccountPosition.parse("750J1|x"));
    }
}
