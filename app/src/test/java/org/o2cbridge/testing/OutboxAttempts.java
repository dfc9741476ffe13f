package org.o2cbridge.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** What the outbox recorded about an order's attempts, read from the test database. */
public final class OutboxAttempts {

    private OutboxAttempts() {
    }

    /** For each retried attempt of the order's work on any system: when it ended, and when the next began (epoch ms). */
    public static List<long[]> retriesOf(String orderId) {
        return retriesOf(orderId, null);
    }

    /**
     * For each retried attempt of the order's work on {@code system} (null: any): when it ended, and
     * when the next began (epoch ms).
     */
    public static List<long[]> retriesOf(String orderId, String system) {
        String sql = "select a.finished_at, (select min(n.started_at) from outbox_attempt n "
                + "where n.outbox_id = a.outbox_id and n.attempt_no = a.attempt_no + 1) "
                + "from outbox_attempt a join outbox o on o.id = a.outbox_id "
                + "where o.aggregate_id = ?" + (system == null ? "" : " and o.target_system = ?")
                + " and a.outcome = 'RETRY' order by a.finished_at";
        List<long[]> retries = new ArrayList<>();
        try (Connection c = TestDatabase.get().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, orderId);
            if (system != null) {
                s.setString(2, system);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp next = rs.getTimestamp(2);
                    retries.add(new long[] {rs.getTimestamp(1).getTime(), next == null ? Long.MAX_VALUE : next.getTime()});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return retries;
    }
}
