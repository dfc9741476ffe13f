package org.o2cbridge.governance;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two bridge instances on one database share one request budget: no sliding window ever holds more. */
class RequestBudgetTest {

    private static final int BUDGET = 20;
    private static final Duration WINDOW = Duration.ofMillis(1_000);

    @Test
    void twoInstancesTogetherNeverExceedTheBudgetInAnySlidingWindow() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:budget" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("../sql/h2/V3_1__governance_request_slots.sql")));
        }
        List<RequestBudget> instances = List.of(instance(database), instance(database));
        List<Instant[]> calls = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> instancesThatCalled = ConcurrentHashMap.newKeySet();
        int requests = 5 * BUDGET;
        ExecutorService workers = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int instance = w % 2;
                done.add(workers.submit(() -> {
                    while (calls.size() < requests) {
                        try (RequestBudget.Grant grant = instances.get(instance).take("d365", BUDGET, WINDOW,
                                Duration.ofSeconds(5))) {
                            assertTrue(grant.refusedFor().isEmpty(), "a request within 5 s");
                            Instant sent = Instant.now();
                            Thread.sleep(ThreadLocalRandom.current().nextInt(5));
                            calls.add(new Instant[] {sent, Instant.now()});
                            instancesThatCalled.add(instance);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(Set.of(0, 1), instancesThatCalled);
        assertTrue(calls.size() >= requests);
        assertTrue(mostInAnyWindow(calls, 0) <= BUDGET, "by send time: " + mostInAnyWindow(calls, 0));
        assertTrue(mostInAnyWindow(calls, 1) <= BUDGET, "by end time: " + mostInAnyWindow(calls, 1));
        double bound = (Math.ceil((double) calls.size() / BUDGET) - 1) * WINDOW.toMillis() / 1000.0;
        assertTrue(seconds >= bound, seconds + " s, budget-bound minimum " + bound + " s");
    }

    private static RequestBudget instance(JdbcDataSource database) {
        RequestBudget budget = new RequestBudget();
        budget.dataSource = database;
        budget.clock = Clock.systemUTC();
        return budget;
    }

    /** The most calls whose {@code which} instant (0 sent, 1 ended) lies in one window of WINDOW. */
    private static int mostInAnyWindow(List<Instant[]> calls, int which) {
        List<Instant> times = new ArrayList<>(calls.stream().map(c -> c[which]).toList());
        Collections.sort(times);
        int most = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (!times.get(first).plus(WINDOW).isAfter(times.get(last))) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
