package org.o2cbridge.jobs;

import jakarta.batch.operations.JobOperator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.o2cbridge.platform.problem.ProblemException;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances on one database (H2 in memory, the real tables): each scheduled firing runs once,
 * a job never starts while it runs, and an execution of an instance that stopped beating is stale.
 */
class JobStartsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final List<Long> running = new ArrayList<>();
    private final AtomicLong executions = new AtomicLong(100);

    JobStartsTest() throws IOException, SQLException {
        dataSource.setURL("jdbc:h2:mem:jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("../sql/h2/V8__job_schedules.sql")));
        }
    }

    @Test
    void eachScheduledFiringIsClaimedByOneInstanceOnly() {
        JobStarts a = instance("a");
        JobStarts b = instance("b");

        assertTrue(a.claimFiring("invoice-payment-sync", NOW));
        assertFalse(b.claimFiring("invoice-payment-sync", NOW), "the same firing seen by the other instance");
        assertFalse(a.claimFiring("invoice-payment-sync", NOW.minusSeconds(86_400)), "an earlier firing, late");
        assertTrue(b.claimFiring("invoice-payment-sync", NOW.plusSeconds(86_400)), "the next night's firing");
    }

    @Test
    void aJobDoesNotStartWhileAnExecutionOfItRunsOnALiveInstance() {
        JobStarts a = instance("a");
        JobStarts b = instance("b");
        beat("a", NOW);
        beat("b", NOW);

        long first = a.start("invoice-payment-sync", new Properties(), "operator");
        running.add(first);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> b.start("invoice-payment-sync", new Properties(), "schedule"));

        assertEquals("job-already-running", refused.problem().code());
        assertEquals(List.of(first), running);
        assertEquals("operator", b.startedBy(first).orElseThrow());
    }

    @Test
    void anExecutionOfAnInstanceThatStoppedBeatingIsStaleAndIsResumedOnce() {
        JobStarts a = instance("a");
        JobStarts b = instance("b");
        beat("a", NOW);
        beat("b", NOW);
        long killed = a.start("invoice-payment-sync", new Properties(), "schedule");
        running.add(killed);
        assertFalse(b.isStale(killed), "its instance beats");
        assertFalse(a.isStale(killed), "an instance's own executions are never stale to it");

        beat("b", NOW.plusSeconds(120)); // a stopped beating at NOW; b is alive two minutes later
        JobStarts bLater = instance("b", NOW.plusSeconds(120));
        assertTrue(bLater.isStale(killed));

        long resumed = bLater.resume("invoice-payment-sync", killed, new Properties(), "operator");
        assertEquals(resumed, bLater.resumedAs(killed).orElseThrow());
        ProblemException again = assertThrows(ProblemException.class,
                () -> bLater.resume("invoice-payment-sync", killed, new Properties(), "operator"));
        assertEquals("execution-already-resumed", again.problem().code());
    }

    private JobStarts instance(String id) {
        return instance(id, NOW);
    }

    private JobStarts instance(String id, Instant now) {
        JobStarts starts = new JobStarts();
        starts.dataSource = dataSource;
        starts.clock = Clock.fixed(now, ZoneOffset.UTC);
        starts.staleAfterSeconds = 60;
        starts.instance = new BridgeInstance() {
            @Override
            public String id() {
                return id;
            }
        };
        starts.operator = this::operator;
        return starts;
    }

    /** A batch runtime that starts executions and reports the ones this test keeps running. */
    private JobOperator operator() {
        return (JobOperator) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobOperator.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "start", "restart" -> executions.incrementAndGet();
                    case "getRunningExecutions" -> List.copyOf(running);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private void beat(String instance, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "merge into bridge_instance (instance_id, started_at, heartbeat_at) key (instance_id) values (?, ?, ?)")) {
            s.setString(1, instance);
            s.setTimestamp(2, Timestamp.from(NOW));
            s.setTimestamp(3, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
