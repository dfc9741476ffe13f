package org.o2cbridge.sandbox.traffic;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/**
 * How a simulated API behaves under load: the number of calls it serves at once (0 for no limit;
 * a call beyond it is refused as throttled) and a latency every admitted call waits before it is
 * served.
 */
public record TrafficSettings(int concurrencyLimit, long latencyMillis) {

    public TrafficSettings {
        if (concurrencyLimit < 0 || latencyMillis < 0) {
            throw new IllegalArgumentException("concurrencyLimit and latencyMillis must not be negative");
        }
    }

    /** These settings with the keys present in {@code json} changed. */
    public TrafficSettings with(JsonObject json) {
        for (String key : json.keySet()) {
            if (!key.equals("concurrencyLimit") && !key.equals("latencyMillis")) {
                throw new IllegalArgumentException("unknown setting " + key);
            }
            if (!(json.get(key) instanceof JsonNumber number) || !number.isIntegral()) {
                throw new IllegalArgumentException(key + " must be a whole number");
            }
        }
        return new TrafficSettings(
                json.containsKey("concurrencyLimit") ? json.getInt("concurrencyLimit") : concurrencyLimit,
                json.containsKey("latencyMillis") ? json.getJsonNumber("latencyMillis").longValue() : latencyMillis);
    }

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("concurrencyLimit", concurrencyLimit)
                .add("latencyMillis", latencyMillis)
                .build();
    }
}
