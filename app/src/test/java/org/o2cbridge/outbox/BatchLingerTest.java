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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linger policy of batched sends (full batch 200, quiet 500 ms, maximum linger 10 s), played
 * against arrivals on a fake clock: every 5 ms the due work is looked at, as the database would
 * show it, and sent when the policy says so, up to a full batch, oldest first; a scenario may say
 * until when work that makes more of it due is under way.
 */
class BatchLingerTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    private static final BatchLinger LINGER = new BatchLinger(200, Duration.ofMillis(500), Duration.ofSeconds(10));
    private static final long NEVER = -1;

    static Stream<Arguments> arrivals() {
        return Stream.of(
                Arguments.of("idle, a single write-back goes after the quiet period",
                        List.of(1_000L), NEVER, List.of("at 1500 ms: 1")),
                Arguments.of("a full batch goes at once",
                        Collections.nCopies(200, 0L), NEVER, List.of("at 0 ms: 200")),
                Arguments.of("more than a full batch: full batches at once, the rest after the quiet period",
                        Collections.nCopies(450, 0L), NEVER, List.of("at 0 ms: 200", "at 0 ms: 200", "at 500 ms: 50")),
                Arguments.of("a trickle with gaps under the quiet period waits until it goes quiet",
                        List.of(0L, 300L, 600L, 900L), NEVER, List.of("at 1400 ms: 4")),
                Arguments.of("write-backs further apart than the quiet period go one by one",
                        List.of(0L, 2_000L), NEVER, List.of("at 500 ms: 1", "at 2500 ms: 1")),
                Arguments.of("a continuous flow of 10 a second goes at the maximum linger",
                        every(100, 250), NEVER, List.of("at 10000 ms: 101", "at 20100 ms: 101", "at 25400 ms: 48")),
                Arguments.of("a flow of 40 a second fills full batches before the maximum linger",
                        every(25, 400), NEVER, List.of("at 4975 ms: 200", "at 9975 ms: 200")),
                Arguments.of("groups with pauses over the quiet period and nothing under way go one by one",
                        groups(), NEVER, List.of("at 1250 ms: 16", "at 2700 ms: 16", "at 4150 ms: 16")),
                Arguments.of("groups with pauses over the quiet period while more is under way go as one",
                        groups(), 3_650L, List.of("at 4150 ms: 48")),
                Arguments.of("work under way holds a write-back no longer than the maximum linger",
                        List.of(0L), 60_000L, List.of("at 10000 ms: 1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrivals")
    void sendsWhenThePolicySays(String scenario, List<Long> arrivalMillis, long moreComingUntilMillis,
                                List<String> expectedSends) {
        assertEquals(expectedSends, play(arrivalMillis, moreComingUntilMillis));
    }

    @Test
    void nothingDueMeansNothingToSendAndNoTimeToLookAgain() {
        BatchLinger.Decision decision = LINGER.decide(DueWork.NONE, true, START);

        assertFalse(decision.sendNow());
        assertNull(decision.lookAgainAt());
    }

    @Test
    void workDueLongAgoFromAnotherInstanceGoesAtOnce() {
        DueWork due = new DueWork(3, START.minusSeconds(60), START.minusSeconds(59));

        assertTrue(LINGER.decide(due, true, START).sendNow());
    }

    @Test
    void aFreshArrivalPostponesTheLookUntilTheQuietPeriodEnds() {
        DueWork due = new DueWork(5, START.minusSeconds(2), START.minusMillis(100));

        BatchLinger.Decision decision = LINGER.decide(due, false, START);

        assertFalse(decision.sendNow());
        assertEquals(START.plusMillis(400), decision.lookAgainAt());
    }

    @Test
    void whileMoreIsComingAfterTheQuietPeriodTheNextLookIsAQuietPeriodLaterButNotAfterTheLinger() {
        DueWork due = new DueWork(5, START.minusMillis(9_800), START.minusSeconds(1));

        assertEquals(START.plusMillis(200), LINGER.decide(due, true, START).lookAgainAt());
        assertEquals(START.plusMillis(500), LINGER.decide(new DueWork(5, START.minusSeconds(2),
                START.minusSeconds(1)), true, START).lookAgainAt());
    }

    /** Arrivals every {@code intervalMillis} from 0 on. */
    private static List<Long> every(long intervalMillis, int count) {
        return LongStream.range(0, count).map(i -> i * intervalMillis).boxed().toList();
    }

    /** Three groups of 16 arrivals 50 ms apart, with pauses of 700 ms between them. */
    private static List<Long> groups() {
        return LongStream.range(0, 48).map(i -> (i / 16) * 1_450 + (i % 16) * 50).boxed().toList();
    }

    /**
     * The sends the policy makes for these arrivals, as "at {ms}: {records}", with work that makes
     * more of them due under way until {@code moreComingUntilMillis}.
     */
    private static List<String> play(List<Long> arrivalMillis, long moreComingUntilMillis) {
        List<Long> waiting = new ArrayList<>();
        List<Long> pending = new ArrayList<>(arrivalMillis);
        List<String> sends = new ArrayList<>();
        long last = arrivalMillis.stream().mapToLong(Long::longValue).max().orElse(0) + 60_000;
        for (long now = 0; now <= last; now += 5) {
            while (!pending.isEmpty() && pending.get(0) <= now) {
                waiting.add(pending.remove(0));
            }
            while (!waiting.isEmpty()
                    && LINGER.decide(due(waiting), now < moreComingUntilMillis, START.plusMillis(now)).sendNow()) {
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
