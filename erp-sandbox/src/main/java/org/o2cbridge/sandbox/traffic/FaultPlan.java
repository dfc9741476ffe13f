package org.o2cbridge.sandbox.traffic;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * The faults a simulated API injects: shares of calls (0 to 1) that are throttled, answered 503,
 * hung or lose their response, preceded by fixed counts of each for the first calls, and the seed
 * of the random draws, so that the same plan and the same sequence of calls give the same faults.
 * {@code retryAfterSeconds}, when set, is sent as {@code Retry-After} with every injected throttle and 503.
 * {@code operations}, when not empty, limits the plan to calls of those operations (as the
 * counters name them, e.g. {@code POST SalesOrder}); other calls get no fault and take no part in
 * the sequence.
 */
public record FaultPlan(double throttleRate, Integer retryAfterSeconds, double unavailableRate,
                        double timeoutRate, long timeoutMillis, double lostResponseRate,
                        FirstCalls firstCalls, long seed, Set<String> operations) {

    public FaultPlan {
        operations = operations == null ? Set.of() : Set.copyOf(operations);
    }

    public FaultPlan(double throttleRate, Integer retryAfterSeconds, double unavailableRate, double timeoutRate,
                     long timeoutMillis, double lostResponseRate, FirstCalls firstCalls, long seed) {
        this(throttleRate, retryAfterSeconds, unavailableRate, timeoutRate, timeoutMillis, lostResponseRate,
                firstCalls, seed, Set.of());
    }

    /** Whether the plan applies to a call of this operation. */
    public boolean covers(String operation) {
        return operations.isEmpty() || operations.contains(operation);
    }

    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    private static final Set<String> KEYS = Set.of("throttleRate", "retryAfterSeconds", "unavailableRate",
            "timeoutRate", "timeoutMillis", "lostResponseRate", "firstCalls", "seed", "operations");
    private static final Set<String> FIRST_KEYS = Set.of("throttle", "unavailable", "timeout", "lostResponse");

    /** How many of the first calls get each fault, in this order, before the shares apply. */
    public record FirstCalls(int throttle, int unavailable, int timeout, int lostResponse) {
        static final FirstCalls NONE = new FirstCalls(0, 0, 0, 0);
    }

    public static FaultPlan none(long seed) {
        return new FaultPlan(0, null, 0, 0, DEFAULT_TIMEOUT_MILLIS, 0, FirstCalls.NONE, seed);
    }

    /** Reads a plan; unknown keys, shares outside 0..1 or adding up to more than 1 are refused. */
    public static FaultPlan fromJson(JsonObject json, long defaultSeed) {
        checkKeys(json, KEYS, "");
        double throttle = rate(json, "throttleRate");
        double unavailable = rate(json, "unavailableRate");
        double timeout = rate(json, "timeoutRate");
        double lost = rate(json, "lostResponseRate");
        if (throttle + unavailable + timeout + lost > 1.0 + 1e-9) {
            throw new IllegalArgumentException("the shares of throttled, unavailable, timed-out and lost calls add up to more than 1");
        }
        Integer retryAfter = json.containsKey("retryAfterSeconds") && !json.isNull("retryAfterSeconds")
                ? (int) whole(json, "retryAfterSeconds", 0) : null;
        FirstCalls first = FirstCalls.NONE;
        if (json.containsKey("firstCalls")) {
            if (json.get("firstCalls").getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("firstCalls must be an object");
            }
            JsonObject counts = json.getJsonObject("firstCalls");
            checkKeys(counts, FIRST_KEYS, "firstCalls.");
            first = new FirstCalls((int) whole(counts, "throttle", 0), (int) whole(counts, "unavailable", 0),
                    (int) whole(counts, "timeout", 0), (int) whole(counts, "lostResponse", 0));
        }
        long seed = json.containsKey("seed") ? whole(json, "seed", defaultSeed) : defaultSeed;
        Set<String> operations = new java.util.TreeSet<>();
        if (json.containsKey("operations") && !json.isNull("operations")) {
            if (json.get("operations").getValueType() != JsonValue.ValueType.ARRAY) {
                throw new IllegalArgumentException("operations must be an array of operation names");
            }
            json.getJsonArray("operations").forEach(v -> {
                if (!(v instanceof jakarta.json.JsonString name)) {
                    throw new IllegalArgumentException("operations must be an array of operation names");
                }
                operations.add(name.getString());
            });
        }
        return new FaultPlan(throttle, retryAfter, unavailable, timeout,
                whole(json, "timeoutMillis", DEFAULT_TIMEOUT_MILLIS), lost, first, seed, operations);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("throttleRate", throttleRate)
                .add("unavailableRate", unavailableRate)
                .add("timeoutRate", timeoutRate)
                .add("timeoutMillis", timeoutMillis)
                .add("lostResponseRate", lostResponseRate)
                .add("firstCalls", Json.createObjectBuilder()
                        .add("throttle", firstCalls.throttle()).add("unavailable", firstCalls.unavailable())
                        .add("timeout", firstCalls.timeout()).add("lostResponse", firstCalls.lostResponse()))
                .add("seed", seed)
                .add("operations", Json.createArrayBuilder(new java.util.TreeSet<>(operations)));
        if (retryAfterSeconds == null) {
            json.addNull("retryAfterSeconds");
        } else {
            json.add("retryAfterSeconds", retryAfterSeconds);
        }
        return json.build();
    }

    private static void checkKeys(JsonObject json, Set<String> known, String prefix) {
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown setting " + prefix + key);
            }
        }
    }

    private static double rate(JsonObject json, String key) {
        double value = number(json, key).map(JsonNumber::doubleValue).orElse(0.0);
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(key + " must be between 0 and 1");
        }
        return value;
    }

    private static long whole(JsonObject json, String key, long fallback) {
        long value = number(json, key).map(number -> {
            if (!number.isIntegral()) {
                throw new IllegalArgumentException(key + " must be a whole number");
            }
            return number.longValue();
        }).orElse(fallback);
        if (value < 0) {
            throw new IllegalArgumentException(key + " must not be negative");
        }
        return value;
    }

    private static Optional<JsonNumber> number(JsonObject json, String key) {
        if (!json.containsKey(key) || json.isNull(key)) {
            return Optional.empty();
        }
        if (json.get(key) instanceof JsonNumber number) {
            return Optional.of(number);
        }
        throw new IllegalArgumentException(key + " must be a number");
    }
}
