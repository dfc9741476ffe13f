package org.o2cbridge.outbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linger policy of batched sends (full batch 200, quiet 500 ms, maximum linger 10 s), played
 * against arrivals on a fake clock: every 5 ms the due work is looked at, as the database would
 * show it, and sent when the policy says so, up to a full batch, oldest first.
 */
class BatchLingerTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    private static final BatchLinger LINGER = new BatchLinger(200, Duration.ofMillis(500), Duration.ofSeconds(10));

    static Stream<Arguments> arrivals() {
        return Stream.of(
                Arguments.of("idle, a single write-back goes after the quiet period",
                        List.of(1_000L), List.of("at 1500 ms: 1")),
                Arguments.of("a full batch goes at once",
                        Collections.nCopies(200, 0L), List.of("at 0 ms: 200")),
                Arguments.of("more than a full batch: full batches at once, the rest after the quiet period",
                        Collections.nCopies(450, 0L), List.of("at 0 ms: 200", "at 0 ms: 200", "at 500 ms: 50")),
                Arguments.of("a trickle with gaps under the quiet period waits until it goes quiet",
                        List.of(0L, 300L, 600L, 900L), List.of("at 1400 ms: 4")),
                Arguments.of("write-backs further apart than the quiet period go one by one",
                        List.of(0L, 2_000L), List.of("at 500 ms: 1", "at 2500 ms: 1")),
                Arguments.of("a continuous flow of 10 a second goes at the maximum linger",
                        every(100, 250), List.of("at 10000 ms: 101", "at 20100 ms: 101", "at 25400 ms: 48")),
                Arguments.of("a flow of 40 a second fills full batches before the maximum linger",
                        every(25, 400), List.of("at 4975 ms: 200", "at 9975 ms: 200")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrivals")
    void sendsWhenThePolicySays(String scenario, List<Long> arrivalMillis, List<String> expectedSends) {
        assertEquals(expectedSends, play(arrivalMillis));
    }

    @Test
    void nothingDueMeansNothingToSend() {
        assertTrue(LINGER.sendAt(DueWork.NONE).isEmpty());
        assertFalse(LINGER.sendNow(DueWork.NONE, START));
    }

    @Test
    void workDueLongAgoFromAnotherInstanceGoesAtOnce() {
        DueWork due = new DueWork(3, START.minusSeconds(60), START.minusSeconds(59));

        assertTrue(LINGER.sendNow(due, START));
    }

    @Test
    void aFreshArrivalPostponesTheSendUntilTheQuietPeriodEnds() {
        DueWork due = new DueWork(5, START.minusSeconds(2), START.minusMillis(100));

        assertEquals(START.plusMillis(400), LINGER.sendAt(due).orElseThrow());
        assertFalse(LINGER.sendNow(due, START));
    }

    /** Arrivals every {@code intervalMillis} from 0 on. */
    private static List<Long> every(long intervalMillis, int count) {
        return LongStream.range(0, count).map(i -> i * intervalMillis).boxed().toList();
    }

    /** The sends the policy makes for these arrivals, as "at {ms}: {records}". */
    private static List<String> play(List<Long> arrivalMillis) {
        List<Long> waiting = new ArrayList<>();
        List<Long> pending = new ArrayList<>(arrivalMillis);
        List<String> sends = new ArrayList<>();
        long last = arrivalMillis.stream().mapToLong(Long::longValue).max().orElse(0) + 60_000;
        for (long now = 0; now <= last; now += 5) {
            while (!pending.isEmpty() && pending.get(0) <= now) {
                waiting.add(pending.remove(0));
            }
            while (!waiting.isEmpty() && LINGER.sendNow(due(waiting), START.plusMillis(now))) {
                List<Long> batch = waiting.subList(0, Math.min(LINGER.fullBatch(), waiting.size()));
                sends.add("at " + now + " ms: " + batch.size());
                batch.clear();
            }
        }
        return sends;
    }

    private static DueWork due(List<Long> waiting) {
        return new DueWork(waiting.size(), START.plusMillis(waiting.get(0)),
                START.plusMillis(waiting.get(waiting.size() - 1)));
    }
}
