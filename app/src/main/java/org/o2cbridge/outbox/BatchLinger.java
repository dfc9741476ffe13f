package org.o2cbridge.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to claim and send work that goes out in batches, such as Salesforce write-backs (up to 200
 * a call): at once when a full batch is due; otherwise once no more work has become due for a
 * quiet period and none is on its way (the work that makes more of it due is not under way), so
 * a lone item goes out promptly and a flow is gathered into one call; and at the latest when the
 * oldest due item has waited the maximum linger, so a steady flow is not held back indefinitely.
 * It judges from what the database shows ({@link DueWork}), not from what one instance saw
 * arrive, so instances sharing the database judge alike; and it only says when to claim, so
 * nothing is held under a lease while it lingers.
 */
public record BatchLinger(int fullBatch, Duration quiet, Duration maxLinger) {

    public BatchLinger {
        if (fullBatch < 1) {
            throw new IllegalArgumentException("a full batch needs at least one item: " + fullBatch);
        }
        if (quiet.isNegative() || quiet.isZero() || maxLinger.isNegative()) {
            throw new IllegalArgumentException("quiet period must be positive, linger not negative: " + quiet
                    + ", " + maxLinger);
        }
    }

    /** Send now, or look again at a time (none when nothing is due: then only a wake-up or a poll). */
    public record Decision(boolean sendNow, Instant lookAgainAt) {

        static final Decision NOTHING_DUE = new Decision(false, null);
        static final Decision SEND = new Decision(true, null);
    }

    /**
     * What to do at {@code now} with the due work, {@code moreComing} telling whether work that
     * will make more of it due is under way.
     */
    public Decision decide(DueWork due, boolean moreComing, Instant now) {
        if (due.count() == 0) {
            return Decision.NOTHING_DUE;
        }
        if (due.count() >= fullBatch) {
            return Decision.SEND;
        }
        Instant lingerEnds = Objects.requireNonNull(due.oldestDueSince(), "oldest due time").plus(maxLinger);
        Instant quietEnds = Objects.requireNonNull(due.newestDueSince(), "newest due time").plus(quiet);
        if (!now.isBefore(lingerEnds) || (!now.isBefore(quietEnds) && !moreComing)) {
            return Decision.SEND;
        }
        Instant next = now.isBefore(quietEnds) ? quietEnds : now.plus(quiet);
        return new Decision(false, next.isBefore(lingerEnds) ? next : lingerEnds);
    }
}
