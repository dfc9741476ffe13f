package org.o2cbridge.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox at one moment, per target system: how much work waits (pending or in flight), since
 * when the oldest of it waits, and how many dead letters are open. Built from one grouped query.
 */
public record OutboxDepth(Instant at, Map<String, Counts> bySystem) {

    /** One system's share. */
    public record Counts(long waiting, long dead, Instant oldestWaiting) {

        static final Counts NONE = new Counts(0, 0, null);

        Counts plus(OutboxStatus status, long count, Instant oldest) {
            return switch (status) {
                case PENDING, IN_FLIGHT -> new Counts(waiting + count, dead, earlier(oldestWaiting, oldest));
                case DEAD -> new Counts(waiting, dead + count, oldestWaiting);
                default -> this;
            };
        }

        private static Instant earlier(Instant a, Instant b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }
    }

    /** One row of the grouped query: a system, a status, how many rows and the oldest's creation. */
    public record Row(String system, OutboxStatus status, long count, Instant oldest) {
    }

    public static OutboxDepth of(Instant at, Iterable<Row> rows) {
        Map<String, Counts> bySystem = new HashMap<>();
        for (Row row : rows) {
            bySystem.merge(row.system(), Counts.NONE.plus(row.status(), row.count(), row.oldest()),
                    (a, b) -> a.plus(OutboxStatus.PENDING, b.waiting(), b.oldestWaiting())
                            .plus(OutboxStatus.DEAD, b.dead(), null));
        }
        return new OutboxDepth(at, Map.copyOf(bySystem));
    }

    public Set<String> systems() {
        return bySystem.keySet();
    }

    public long waiting(String system) {
        return counts(system).waiting();
    }

    public long waiting() {
        return bySystem.values().stream().mapToLong(Counts::waiting).sum();
    }

    public long dead(String system) {
        return counts(system).dead();
    }

    /** Seconds the oldest waiting work of {@code system} has waited since it was enqueued; 0 if none waits. */
    public double oldestWaitingSeconds(String system) {
        return Optional.ofNullable(counts(system).oldestWaiting())
                .map(oldest -> Math.max(0, Duration.between(oldest, at).toMillis() / 1000.0)).orElse(0.0);
    }

    private Counts counts(String system) {
        return bySystem.getOrDefault(system, Counts.NONE);
    }
}
