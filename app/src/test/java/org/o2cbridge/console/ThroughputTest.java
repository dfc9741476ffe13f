package org.o2cbridge.console;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Orders per minute over the last hour, and the Chart.js configuration the dashboard's chart is drawn from. */
class ThroughputTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:30:40Z");

    @Test
    void instantsAreCountedInTheirMinuteWithTheCurrentMinuteLastAndOlderOnesLeftOut() {
        Throughput throughput = Throughput.of(NOW,
                List.of(Instant.parse("2026-11-20T10:30:01Z"), Instant.parse("2026-11-20T10:30:39Z"),
                        Instant.parse("2026-11-20T09:31:00Z"), Instant.parse("2026-11-20T09:30:59Z")),
                List.of(Instant.parse("2026-11-20T10:29:59Z")));

        assertEquals("09:31", throughput.minutes()[0]);
        assertEquals("10:30", throughput.minutes()[59]);
        assertEquals(2, throughput.received()[59]);
        assertEquals(1, throughput.received()[0], "the first minute of the hour counts; the one before does not");
        assertEquals(3, throughput.receivedTotal());
        assertEquals(1, throughput.synced()[58]);
        assertEquals(1, throughput.syncedTotal());
        assertEquals("Orders per minute over the last hour (UTC 09:31 to 10:30): 3 received, 1 synced.", throughput.summary());
    }

    @Test
    void theChartIsALineChartOfReceivedAndSyncedWithOneLabelPerMinute() {
        Throughput throughput = Throughput.of(NOW, List.of(NOW), List.of());

        JsonObject config;
        try (var reader = Json.createReader(new StringReader(throughput.chartJs()))) {
            config = reader.readObject();
        }
        assertEquals("line", config.getString("type"));
        JsonObject data = config.getJsonObject("data");
        assertEquals(60, data.getJsonArray("labels").size());
        assertEquals("10:30", data.getJsonArray("labels").getString(59));
        assertEquals("Received", data.getJsonArray("datasets").getJsonObject(0).getString("label"));
        assertEquals(1, data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getInt(59));
        assertEquals("Synced", data.getJsonArray("datasets").getJsonObject(1).getString("label"));
        assertArrayEquals(new long[60], throughput.synced());
        assertEquals(false, config.getJsonObject("options").getBoolean("animation"));
    }
}
