package org.o2cbridge.customer;

import org.junit.jupiter.api.Test;
import org.o2cbridge.jobs.FixedInstance;
import org.o2cbridge.jobs.JobEstimates;
import org.o2cbridge.jobs.JobPositions;
import org.o2cbridge.jobs.SkippedRecords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer against a fake ERP: customers it takes are linked to their accounts, the ones it
 * refuses are rejected records with its code and message, the reader's position is saved, the exit
 * status counts the run; a dry run calls nothing, and a failed call fails the chunk before anything
 * is recorded.
 */
class CustomerInitialLoadWriterTest {

    private final List<List<String>> calls = new ArrayList<>();
    private final Map<String, String> links = new HashMap<>();
    private final List<String> rejected = new ArrayList<>();
    private final Map<String, String> positions = new HashMap<>();
    private final List<Long> done = new ArrayList<>();
    private final BatchContexts contexts = new BatchContexts();
    private RuntimeException failure;

    /** Takes every account but the ones with a blank name, as NetSuite does. */
    private final CustomerTarget netSuite = new CustomerTarget() {
        @Override
        public String system() {
            return "netsuite";
        }

        @Override
        public List<Outcome> upsert(List<SalesforceAccount> accounts, String legalEntity) {
            if (failure != null) {
                throw failure;
            }
            calls.add(accounts.stream().map(SalesforceAccount::id).toList());
            return accounts.stream().map(a -> a.name().isBlank()
                    ? new Outcome(a.id(), false, null, "USER_ERROR", "Please enter value(s) for: Company Name")
                    : new Outcome(a.id(), true, "9" + a.id().substring(3), null, null)).toList();
        }
    };

    /** A second ERP, which the writer must leave alone while the run names NetSuite. */
    private final CustomerTarget sap = new CustomerTarget() {
        @Override
        public String system() {
            return "sap";
        }

        @Override
        public List<Outcome> upsert(List<SalesforceAccount> accounts, String legalEntity) {
            throw new AssertionError("the run names NetSuite");
        }
    };

    private CustomerInitialLoadWriter writer(String dryRun) {
        CustomerInitialLoadWriter writer = new CustomerInitialLoadWriter();
        writer.targets = new FixedInstance<>(List.of(sap, netSuite));
        writer.erp = "netsuite";
        writer.links = (system, account, customer) -> links.put(account, system + ":" + customer);
        writer.skipped = (execution, job, step, key, kind, reason) -> rejected.add(kind + " " + key + " " + reason);
        writer.positions = new JobPositions() {
            @Override
            public Map<String, String> of(long executionId) {
                return positions;
            }

            @Override
            public void save(long executionId, String jobName, String part, String position) {
                positions.put(part, position);
            }
        };
        writer.estimates = new JobEstimates() {
            @Override
            public void expect(long executionId, String jobName, long total) {
            }

            @Override
            public void done(long executionId, long count) {
                done.add(count);
            }
        };
        writer.job = contexts.job();
        writer.step = contexts.step();
        writer.dryRun = dryRun;
        contexts.values.put("transient", (Supplier<AccountPosition>) () -> new AccountPosition("750J1", "4", 2));
        return writer;
    }

    private static List<Object> accounts(String... names) {
        List<Object> accounts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            accounts.add(new SalesforceAccount("001A" + i, names[i], null, null));
        }
        return accounts;
    }

    @Test
    void linksTheCustomersNetSuiteTookAndRejectsTheOnesItRefusedWithItsMessage() {
        CustomerInitialLoadWriter writer = writer("false");
        writer.open(null);
        assertEquals("LOADED: 0 of 0 customers; NetSuite refused 0", contexts.values.get("exitStatus"));

        writer.writeItems(accounts("Acme", "\u2003", "Globex"));

        assertEquals(List.of(List.of("001A0", "001A1", "001A2")), calls, "one call for the chunk");
        assertEquals(Map.of("001A0", "netsuite:9A0", "001A2", "netsuite:9A2"), links);
        assertEquals(List.of("rejected account 001A1 USER_ERROR: Please enter value(s) for: Company Name"), rejected);
        assertEquals("750J1|4|2", positions.get(CustomerInitialLoadReader.PART));
        assertEquals(List.of(3L), done);
        assertEquals("LOADED: 2 of 3 customers; NetSuite refused 1", contexts.values.get("exitStatus"));

        writer.writeItems(accounts("Initech"));
        assertEquals("LOADED: 3 of 4 customers; NetSuite refused 1", contexts.values.get("exitStatus"),
                "the run's counts add up over its chunks");
    }

    @Test
    void aRestartedRunGoesOnCountingFromItsCommittedTally() {
        CustomerInitialLoadWriter first = writer("false");
        first.writeItems(accounts("Acme", " "));
        Object tally = contexts.values.get("persistent");
        assertTrue(tally instanceof LoadTally, String.valueOf(tally));

        CustomerInitialLoadWriter restarted = writer("false");
        done.clear();
        restarted.open("checkpoint");
        assertEquals("LOADED: 1 of 2 customers; NetSuite refused 1", contexts.values.get("exitStatus"));
        assertEquals(List.of(2L), done, "what the run did before counts towards the restarted run's progress");
    }

    @Test
    void aDryRunCountsAndCallsNothing() {
        CustomerInitialLoadWriter writer = writer("true");
        writer.open(null);
        writer.writeItems(accounts("Acme", "Globex"));

        assertTrue(calls.isEmpty());
        assertTrue(links.isEmpty());
        assertEquals("DRY RUN: 2 customers would be loaded; nothing was written", contexts.values.get("exitStatus"));
    }

    @Test
    void aCallThatFailsAsAWholeFailsTheChunkWithNothingRecorded() {
        CustomerInitialLoadWriter writer = writer("false");
        failure = new IllegalStateException("WS_REQUEST_BLOCKED");

        assertThrows(IllegalStateException.class, () -> writer.writeItems(accounts("Acme")));
        assertTrue(links.isEmpty());
        assertTrue(rejected.isEmpty());
        assertTrue(positions.isEmpty());
    }
}
