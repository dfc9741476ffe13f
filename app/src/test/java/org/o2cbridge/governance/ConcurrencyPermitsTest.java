package org.o2cbridge.governance;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls run inside slots of the limit, held only for the call, on the real table (H2 in memory). */
class ConcurrencyPermitsTest {

    private static final int LIMIT = 2;

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final ConcurrencyPermits permits = new ConcurrencyPermits() {
        @Override
        public int limitOf(String system) {
            return LIMIT;
        }
    };

    ConcurrencyPermitsTest() throws IOException, SQLException {
        dataSource.setURL("jdbc:h2:mem:permits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        execute(Files.readString(Path.of("../sql/h2/V2__governance_permits.sql")));
        permits.dataSource = dataSource;
        permits.clock = Clock.systemUTC();
        permits.leaseSeconds = 120;
        permits.waitSeconds = 1;
    }

    @Test
    void neverMoreCallsAtOnceThanTheLimitAndEverySlotIsFreeAfterwards() throws Exception {
        int most = mostAtOnceOf30Calls(onTheWire -> permits.call("netsuite", onTheWire));

        assertTrue(most <= LIMIT, "at most " + LIMIT + " at once, saw " + most);
        assertEquals(LIMIT, most, "the limit was used in full while calls waited");
        assertEquals(0, held());
    }

    @Test
    void noSlotInTimeMakesNoCallAndSaysSo() throws SQLException {
        permits.call("netsuite", () -> 0);
        execute("update governance_permit set holder = 'another-instance', lease_until = dateadd('MINUTE', 5, current_timestamp)");
        AtomicBoolean called = new AtomicBoolean();

        PermitUnavailableException e = assertThrows(PermitUnavailableException.class,
                () -> permits.call("netsuite", () -> called.getAndSet(true)));

        assertFalse(called.get());
        assertEquals("netsuite", e.system());
    }

    @Test
    void aSlotWhoseHolderDiedComesBackWhenItsLeaseRanOut() throws SQLException {
        permits.call("netsuite", () -> 0);
        execute("update governance_permit set holder = 'dead-instance', lease_until = dateadd('MINUTE', -1, current_timestamp)");

        assertEquals("answered", permits.call("netsuite", () -> "answered"));
    }

    @Test
    void aCallThatTakesItsSlotAsItsRequestGoesOutHoldsNoneBeforeAndNoneAfter() throws Exception {
        permits.call("netsuite", () -> 0);

        long heldWhilePreparing = permits.callOnSend("netsuite", () -> {
            long before = held();
            permits.sending("netsuite");
            long sending = held();
            permits.sending("netsuite");
            assertEquals(sending, held(), "a second request of the same call takes no second slot");
            return before * 10 + sending;
        });

        assertEquals(1, heldWhilePreparing, "no slot while the request is prepared, one once it goes out");
        assertEquals(0, held(), "the slot is given back when the call returns");
    }

    @Test
    void neverMoreRequestsOutAtOnceThanTheLimitWhenSlotsAreTakenOnSending() throws Exception {
        int most = mostAtOnceOf30Calls(onTheWire -> permits.callOnSend("netsuite", () -> {
            pretendTheCallTakes(2);
            permits.sending("netsuite");
            return onTheWire.get();
        }));

        assertEquals(LIMIT, most, "the limit was used in full, never more");
        assertEquals(0, held());
    }

    @Test
    void aCallThatFailsAfterItsRequestWentOutGivesItsSlotBack() throws SQLException {
        assertThrows(IllegalArgumentException.class, () -> permits.callOnSend("netsuite", () -> {
            permits.sending("netsuite");
            throw new IllegalArgumentException("the answer could not be read");
        }));

        assertEquals(0, held());
    }

    @Test
    void aRequestGoingOutWithNoCallInProgressIsRefused() {
        assertThrows(IllegalStateException.class, () -> permits.sending("netsuite"));
        assertThrows(IllegalStateException.class, () -> permits.callOnSend("sap", () -> {
            permits.sending("netsuite");
            return 0;
        }), "a call of another system holds no slot of this one");
    }

    @Test
    void noSlotInTimeOnSendingFailsTheCallBeforeItsRequestGoesOut() throws SQLException {
        permits.call("netsuite", () -> 0);
        execute("update governance_permit set holder = 'another-instance', lease_until = dateadd('MINUTE', 5, current_timestamp)");
        AtomicBoolean sent = new AtomicBoolean();

        assertThrows(PermitUnavailableException.class, () -> permits.callOnSend("netsuite", () -> {
            permits.sending("netsuite");
            return sent.getAndSet(true);
        }));

        assertFalse(sent.get());
    }

    /**
     * Makes 30 calls from 6 threads, each running {@code call} around a request that is on the wire
     * for 10 ms; answers the most requests that were on the wire at once. Every call must complete.
     */
    private static int mostAtOnceOf30Calls(Function<Supplier<Integer>, Integer> call) throws Exception {
        AtomicInteger current = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Supplier<Integer> onTheWire = () -> {
            most.accumulateAndGet(current.incrementAndGet(), Math::max);
            pretendTheCallTakes(10);
            current.decrementAndGet();
            return 1;
        };
        ExecutorService callers = Executors.newFixedThreadPool(6);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calls.add(callers.submit(() -> call.apply(onTheWire)));
        }
        int done = 0;
        for (Future<Integer> answer : calls) {
            done += answer.get();
        }
        callers.shutdown();
        assertEquals(30, done);
        return most.get();
    }

    private long held() {
        try {
            return count("select count(*) from governance_permit where holder is not null");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pretendTheCallTakes(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
