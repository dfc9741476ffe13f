package org.o2cbridge.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to claim and send work that goes out in batches, such as Salesforce write-backs (up to 200
 * a call): at once when a full batch is due; otherwise once no more work has become due for a
 * quiet period, so a lone item goes out promptly and a trickle is gathered into one call; and at
 * the latest when the oldest due item has waited the maximum linger, so a steady flow is not held
 * back indefinitely. It judges from what the database shows ({@link DueWork}), not from what one
 * instance saw arrive, so instances sharing the database judge alike; and it only says when to
 * claim, so nothing is held under a lease while it lingers.
 */
public record BatchLinger(int fullBatch, Duration quiet, Duration maxLinger) {

    public BatchLinger {
        if (fullBatch < 1) {
            throw new IllegalArgumentException("a full batch needs at least one item: " + fullBatch);
        }
        if (quiet.isNegative() || maxLinger.isNegative()) {
            throw new IllegalArgumentException("negative quiet period or linger: " + quiet + ", " + maxLinger);
        }
    }

    /**
     * When the due work should be claimed and sent: since the newest item became due for a full
     * batch (that is, at once), otherwise the earlier of the end of the quiet period after the
     * newest item and the end of the maximum linger of the oldest. Empty when nothing is due.
     */
    public Optional<Instant> sendAt(DueWork due) {
        if (due.count() == 0) {
            return Optional.empty();
        }
        Instant newest = Objects.requireNonNull(due.newestDueSince(), "newest due time");
        if (due.count() >= fullBatch) {
            return Optional.of(newest);
        }
        Instant quietEnds = newest.plus(quiet);
        Instant lingerEnds = Objects.requireNonNull(due.oldestDueSince(), "oldest due time").plus(maxLinger);
        return Optional.of(quietEnds.isBefore(lingerEnds) ? quietEnds : lingerEnds);
    }

    /** Whether the due work should be claimed and sent at {@code now}. */
    public boolean sendNow(DueWork due, Instant now) {
        return sendAt(due).map(at -> !at.isAfter(now)).orElse(false);
    }
}
