package org.o2cbridge.console;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleAccessFilterTest {

    @Test
    void aRequestNamingAnOperatorControlIsAnOperatorAction() {
        assertTrue(ConsoleAccessFilter.triggersOperatorAction(Map.of(
                "jobs", new String[]{"jobs"}, "jobs:job-list:0:op-launch", new String[]{"jobs:job-list:0:op-launch"})));
        assertTrue(ConsoleAccessFilter.triggersOperatorAction(Map.of(
                "jakarta.faces.source", new String[]{"letters:op-replay"})));
        assertTrue(ConsoleAccessFilter.triggersOperatorAction(Map.of(
                "jakarta.faces.source", new String[]{"letters:letter-list:0:op-edit"})));
        assertTrue(ConsoleAccessFilter.triggersOperatorAction(Map.of("letters:payload", new String[]{"{}"},
                "letters:op-save-payload", new String[]{"letters:op-save-payload"})));
    }

    @Test
    void readingFilteringAndPollingAreNot() {
        assertFalse(ConsoleAccessFilter.triggersOperatorAction(Map.of(
                "jakarta.faces.source", new String[]{"dashboard:j_idt5"}, "letters:reason", new String[]{"op-anything"})));
        assertFalse(ConsoleAccessFilter.triggersOperatorAction(Map.of("letters:filter", new String[]{"letters:filter"},
                "letters:options", new String[]{"x"})));
    }

    @Test
    void onlyAPagesOwnPollIsARefresh() {
        assertTrue(ConsoleAccessFilter.isRefreshSource("dashboard:poll-figures"));
        assertTrue(ConsoleAccessFilter.isRefreshSource("jobs:poll-runs"));
        assertFalse(ConsoleAccessFilter.isRefreshSource("jobs:job-list:0:op-launch"));
        assertFalse(ConsoleAccessFilter.isRefreshSource(null));
    }

    @Test
    void aSignedInUserIsIdleTooLongOnlyPastTheTimeoutSinceTheLastActivity() {
        ConsoleUser user = new ConsoleUser();
        user.signIn("alice", java.util.Set.of("o2c-viewer"), 60);
        long now = System.currentTimeMillis();
        assertFalse(user.idleTooLong(now + 60_000 - 1000));
        assertTrue(user.idleTooLong(now + 61_000 + 1000));
        user.active(now + 50_000);
        assertFalse(user.idleTooLong(now + 61_000 + 1000));
        assertTrue(user.idleTooLong(now + 111_000 + 1000));
    }

    @Test
    void deadLettersAreGroupedByTheErrorsCode() {
        assertEquals("netsuite HTTP 400 INVALID_CONTENT",
                DashboardQueries.reason("netsuite HTTP 400 INVALID_CONTENT: INVALID_CONTENT: Invalid Field Value X"));
        assertEquals("unknown", DashboardQueries.reason(null));
        assertEquals("timeout", DashboardQueries.reason("timeout"));
    }
}
