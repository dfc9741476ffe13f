package org.o2cbridge.sandbox.d365;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * F&O's user-based request limit: at most {@code requests} calls in any sliding window of
 * {@code window} (6,000 per 300 s by default; 0 requests = no limit). A call over the limit is
 * refused with the seconds until the oldest call in the window leaves it, for {@code Retry-After}.
 */
public final class RequestBudget {

    /** The limit: calls per window. */
    public record Limit(int requests, Duration window) {

        public Limit {
            if (requests < 0 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("requests must be 0 or more and windowSeconds above 0");
            }
        }

        public Limit with(JsonObject json) {
            for (String key : json.keySet()) {
                if (!key.equals("requests") && !key.equals("windowSeconds")) {
                    throw new IllegalArgumentException("unknown setting " + key);
                }
                if (!(json.get(key) instanceof JsonNumber number) || !number.isIntegral()) {
                    throw new IllegalArgumentException(key + " must be a whole number");
                }
            }
            return new Limit(json.containsKey("requests") ? json.getInt("requests") : requests,
                    json.containsKey("windowSeconds") ? Duration.ofSeconds(json.getInt("windowSeconds")) : window);
        }

        public JsonObject toJson() {
            return Json.createObjectBuilder().add("requests", requests).add("windowSeconds", window.toSeconds()).build();
        }
    }

    private final Limit configured;
    private final Clock clock;
    private final Deque<Instant> served = new ArrayDeque<>();
    private Limit limit;

    public RequestBudget(Limit configured, Clock clock) {
        this.configured = configured;
        this.limit = configured;
        this.clock = clock;
    }

    /** Takes one call from the budget; empty if it fits, else the seconds to wait (at least 1). */
    public synchronized Optional<Long> take() {
        if (limit.requests() == 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant windowStart = now.minus(limit.window());
        while (!served.isEmpty() && !served.peekFirst().isAfter(windowStart)) {
            served.pollFirst();
        }
        if (served.size() >= limit.requests()) {
            long millis = Duration.between(now, served.peekFirst().plus(limit.window())).toMillis();
            return Optional.of(Math.max(1, (millis + 999) / 1000));
        }
        served.addLast(now);
        return Optional.empty();
    }

    public synchronized Limit limit() {
        return limit;
    }

    public synchronized void change(Limit next) {
        limit = next;
    }

    public synchronized void reset() {
        limit = configured;
        served.clear();
    }
}
