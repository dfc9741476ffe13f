package org.o2cbridge.governance;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.o2cbridge.platform.persistence.DatabaseConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the requests to an external system within a budget per sliding window (D365 F&O's
 * user-based limit, 6,000 per 5 minutes) across every bridge instance on the database, so the
 * system never has to refuse one with 429. The budget is a set of {@code governance_request_slot}
 * rows, one per request the window allows; a request takes a slot last used at least one window
 * ago and stamps it with now, and stamps it again when the call has ended ({@link Grant#close()}):
 * by then the system has received the request, however long it took to get there. In any window
 * of the system's own, then, each slot serves at most one request: however many instances call,
 * no window holds more requests than there are slots. Taking a slot is one short UPDATE; waiters
 * sleep until the oldest slot comes free.
 */
@ApplicationScoped
public class RequestBudget {

    private static final long MIN_PAUSE_MILLIS = 20;
    private static final long MAX_PAUSE_MILLIS = 1_000;

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    private final Map<String, Integer> prepared = new ConcurrentHashMap<>();

    /**
     * One request taken from a budget, or refused with how long until one comes free. Closing a
     * taken one, when its call has ended, stamps its slot with that time.
     */
    public final class Grant implements AutoCloseable {
        private final String system;
        private final String holder;
        private final Duration refusedFor;

        private Grant(String system, String holder, Duration refusedFor) {
            this.system = system;
            this.holder = holder;
            this.refusedFor = refusedFor;
        }

        /** Empty when the request was taken; else how long until one comes free. */
        public Optional<Duration> refusedFor() {
            return Optional.ofNullable(refusedFor);
        }

        @Override
        public void close() {
            if (holder != null) {
                stamp(system, holder);
            }
        }
    }

    /**
     * Takes one request of {@code system}'s budget of {@code requests} per {@code window}, waiting
     * up to {@code maxWait} for one; a refused grant says how long until one comes free.
     */
    public Grant take(String system, int requests, Duration window, Duration maxWait)
            throws InterruptedException {
        prepare(system, requests);
        long deadline = System.nanoTime() + maxWait.toNanos();
        String holder = UUID.randomUUID().toString();
        while (true) {
            Instant now = clock.instant();
            if (takeSlot(system, holder, now, now.minus(window))) {
                return new Grant(system, holder, null);
            }
            Duration wait = Duration.between(now, oldestUse(system).plus(window));
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (wait.toMillis() > left) {
                return new Grant(system, null, wait.isNegative() ? Duration.ZERO : wait);
            }
            Thread.sleep(Math.max(MIN_PAUSE_MILLIS, Math.min(wait.toMillis(), MAX_PAUSE_MILLIS)));
        }
    }

    private boolean takeSlot(String system, String holder, Instant now, Instant freeBefore) {
        String sql = "update governance_request_slot set used_at = ?, taken_by = ? where target_system = ? and slot = "
                + "(select slot from governance_request_slot where target_system = ? and used_at <= ? "
                + "order by used_at, slot fetch first 1 rows only for update skip locked)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, holder);
            s.setString(3, system);
            s.setString(4, system);
            s.setTimestamp(5, Timestamp.from(freeBefore));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take a " + system + " request from its budget: " + e.getMessage(), e);
        }
    }

    private void stamp(String system, String holder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update governance_request_slot set used_at = ? where target_system = ? and taken_by = ?")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setString(2, system);
            s.setString(3, holder);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stamp a " + system + " request of its budget: " + e.getMessage(), e);
        }
    }

    private Instant oldestUse(String system) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select min(used_at) from governance_request_slot where target_system = ?")) {
            s.setString(1, system);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Timestamp oldest = rs.getTimestamp(1);
                return oldest == null ? clock.instant() : oldest.toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the " + system + " request budget: " + e.getMessage(), e);
        }
    }

    /** Makes the table hold exactly {@code requests} slots for the system (new ones free), once per size. */
    private void prepare(String system, int requests) {
        if (Integer.valueOf(requests).equals(prepared.get(system))) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            int existing;
            try (PreparedStatement s = c.prepareStatement(
                    "select coalesce(max(slot), 0) from governance_request_slot where target_system = ?")) {
                s.setString(1, system);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    existing = rs.getInt(1);
                }
            }
            if (existing < requests) {
                try (PreparedStatement s = c.prepareStatement("insert into governance_request_slot "
                        + "(target_system, slot, used_at) values (?, ?, ?)")) {
                    for (int slot = existing + 1; slot <= requests; slot++) {
                        s.setString(1, system);
                        s.setInt(2, slot);
                        s.setTimestamp(3, Timestamp.from(Instant.EPOCH));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "delete from governance_request_slot where target_system = ? and slot > ?")) {
                s.setString(1, system);
                s.setInt(2, requests);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not prepare the " + system + " request budget: " + e.getMessage(), e);
            }
        }
        prepared.put(system, requests);
    }
}
