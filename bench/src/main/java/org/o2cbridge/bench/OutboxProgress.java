package org.o2cbridge.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How far the bridge's outbox has come with the work of some orders, read from its database:
 * the steps ({@code action}) done, polled every 20 ms, and when the bridge recorded the last of
 * them done, so a wave's clock stops when its last step is done rather than when a poll saw it. A
 * dead step fails the measurement.
 */
final class OutboxProgress {

    private static final long POLL_MILLIS = 20;

    private final Connection db;
    private final Array events;

    private OutboxProgress(Connection db, Array events) {
        this.db = db;
        this.events = events;
    }

    /** The progress of the events received for these Salesforce orders. */
    static OutboxProgress of(Connection db, List<String> orderIds) throws SQLException {
        Array ids = db.createArrayOf("varchar", orderIds.toArray());
        List<Long> eventIds = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select id from inbound_event where sf_order_id = any(?)")) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    eventIds.add(rs.getLong(1));
                }
            }
        }
        return new OutboxProgress(db, db.createArrayOf("bigint", eventIds.toArray()));
    }

    /** How many rows of the action the events have. */
    int rowsOf(String action) throws SQLException {
        return overRows("count(*)", action, rs -> rs.getInt(1));
    }

    /** Polls until {@code expected} rows of the action are done; answers when (nanoTime). */
    long awaitDone(String action, int expected, long started, long timeoutMillis) throws Exception {
        String sql = "select count(*) filter (where status = 'DONE'), count(*) filter (where status = 'DEAD') "
                + "from outbox where action = ? and inbound_event_id = any(?)";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, action);
            s.setArray(2, events);
            while (true) {
                long now = System.nanoTime();
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getInt(2) > 0) {
                        throw new IllegalStateException(rs.getInt(2) + " " + action + " went dead");
                    }
                    if (rs.getInt(1) >= expected) {
                        return now;
                    }
                }
                if ((now - started) / 1_000_000 > timeoutMillis) {
                    throw new IllegalStateException(action + " not done for every order in " + timeoutMillis + " ms");
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    /**
     * When the bridge recorded the last of the action's rows done (its {@code completed_at}): the
     * end of the work itself, not of the poll that found it.
     */
    Instant lastCompleted(String action) throws SQLException {
        return overRows("max(completed_at) filter (where status = 'DONE')", action, rs -> {
            Timestamp last = rs.getTimestamp(1);
            return last == null ? null : last.toInstant();
        });
    }

    /** The attempts the action's rows took, summed (one per row when none was retried). */
    long attempts(String action) throws SQLException {
        return overRows("coalesce(sum(attempts), 0)", action, rs -> rs.getLong(1));
    }

    /** The largest number of attempts any of the action's rows took (1 when none was retried). */
    int mostAttempts(String action) throws SQLException {
        return overRows("coalesce(max(attempts), 0)", action, rs -> rs.getInt(1));
    }

    /** One aggregate over the action's rows of the events, read from its one-row answer. */
    private <T> T overRows(String aggregate, String action, Column<T> column) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "select " + aggregate + " from outbox where action = ? and inbound_event_id = any(?)")) {
            s.setString(1, action);
            s.setArray(2, events);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return column.read(rs);
            }
        }
    }

    /** Reads a value of the current row. */
    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
