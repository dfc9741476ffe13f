package org.o2cbridge.sandbox.traffic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one simulated API, for tests that check what a client really did: calls in all and
 * per operation, calls being served now and the most ever served at once, the time admitted calls
 * spent being served (from admission to the end of the answer, latency included; summed over calls), refusals and injected
 * faults by kind, and how many records were created per external id (more than 1 means a client
 * created a duplicate).
 */
public final class TrafficStats {

    private final LongAdder calls = new LongAdder();
    private final Map<String, LongAdder> callsByOperation = new ConcurrentHashMap<>();
    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();
    private final LongAdder servedNanos = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder unavailable = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder lostResponses = new LongAdder();
    private final Map<String, AtomicLong> createdByExternalId = new ConcurrentHashMap<>();

    void arrived(String operation) {
        calls.increment();
        callsByOperation.computeIfAbsent(operation, key -> new LongAdder()).increment();
    }

    /** Takes a place among the calls being served, unless {@code limit} (if above 0) is reached. */
    boolean tryEnter(int limit) {
        while (true) {
            int now = current.get();
            if (limit > 0 && now >= limit) {
                return false;
            }
            if (current.compareAndSet(now, now + 1)) {
                max.accumulateAndGet(now + 1, Math::max);
                return true;
            }
        }
    }

    /** Leaves the calls being served; {@code enteredNanos} is when the call took its place. */
    void leave(long enteredNanos) {
        servedNanos.add(System.nanoTime() - enteredNanos);
        current.decrementAndGet();
    }

    void count(Fault fault) {
        switch (fault) {
            case THROTTLE -> throttled.increment();
            case UNAVAILABLE -> unavailable.increment();
            case TIMEOUT -> timeouts.increment();
            case LOST_RESPONSE -> lostResponses.increment();
            case NONE -> { }
        }
    }

    /** Notes that a record with this external id was created (not updated). */
    public void recordCreated(String externalId) {
        createdByExternalId.computeIfAbsent(externalId, key -> new AtomicLong()).incrementAndGet();
    }

    public int maxConcurrency() {
        return max.get();
    }

    public long throttled() {
        return throttled.sum();
    }

    public long createdWithExternalId(String externalId) {
        AtomicLong count = createdByExternalId.get(externalId);
        return count == null ? 0 : count.get();
    }

    void reset() {
        calls.reset();
        callsByOperation.clear();
        max.set(current.get());
        servedNanos.reset();
        throttled.reset();
        unavailable.reset();
        timeouts.reset();
        lostResponses.reset();
        createdByExternalId.clear();
    }

    public JsonObject toJson(Map<String, Integer> recordCounts) {
        JsonObjectBuilder byOperation = Json.createObjectBuilder();
        new TreeMap<>(callsByOperation).forEach((operation, count) -> byOperation.add(operation, count.sum()));
        JsonObjectBuilder created = Json.createObjectBuilder();
        new TreeMap<>(createdByExternalId).forEach((externalId, count) -> created.add(externalId, count.get()));
        JsonObjectBuilder records = Json.createObjectBuilder();
        new TreeMap<>(recordCounts).forEach(records::add);
        return Json.createObjectBuilder()
                .add("calls", calls.sum())
                .add("callsByOperation", byOperation)
                .add("maxConcurrency", max.get())
                .add("currentConcurrency", current.get())
                .add("servedMillis", servedNanos.sum() / 1_000_000)
                .add("throttled", throttled.sum())
                .add("unavailable", unavailable.sum())
                .add("timeouts", timeouts.sum())
                .add("lostResponses", lostResponses.sum())
                .add("recordsCreatedByExternalId", created)
                .add("records", records)
                .build();
    }
}
