package org.o2cbridge.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * Orders received and synced per minute over the last hour, and the Chart.js configuration that
 * PrimeFaces' {@code p:chart} draws them from: one minute per point, the current minute last.
 */
public record Throughput(Instant at, String[] minutes, long[] received, long[] synced) implements Serializable {

    static final int MINUTES = 60;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** Buckets the instants of the hour before {@code now} by minute (UTC); older or later ones are left out. */
    public static Throughput of(Instant now, Collection<Instant> receivedAt, Collection<Instant> syncedAt) {
        long current = Math.floorDiv(now.getEpochSecond(), 60);
        String[] minutes = new String[MINUTES];
        for (int i = 0; i < MINUTES; i++) {
            minutes[i] = LABEL.format(Instant.ofEpochSecond((current - MINUTES + 1 + i) * 60));
        }
        return new Throughput(now, minutes, perMinute(current, receivedAt), perMinute(current, syncedAt));
    }

    static long[] perMinute(long currentMinute, Collection<Instant> instants) {
        long[] counts = new long[MINUTES];
        for (Instant instant : instants) {
            long index = Math.floorDiv(instant.getEpochSecond(), 60) - (currentMinute - MINUTES + 1);
            if (index >= 0 && index < MINUTES) {
                counts[(int) index]++;
            }
        }
        return counts;
    }

    public long receivedTotal() {
        return java.util.Arrays.stream(received).sum();
    }

    public long syncedTotal() {
        return java.util.Arrays.stream(synced).sum();
    }

    /** The chart in words, for screen readers (the canvas's label). */
    public String summary() {
        return "Orders per minute over the last hour (UTC " + minutes[0] + " to " + minutes[MINUTES - 1] + "): "
                + receivedTotal() + " received, " + syncedTotal() + " synced.";
    }

    /** The Chart.js configuration of a line chart, received and synced, as {@code p:chart} takes it. */
    public String chartJs() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (String minute : minutes) {
            labels.add(minute);
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("Received", received, "#1f6fb5"))
                                .add(dataset("Synced", synced, "#2e8540"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("title", title("minute (UTC)")))
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                        .add("title", title("orders per minute"))))
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", "Orders received and synced per minute, last hour"))))
                .build();
        return config.toString();
    }

    private static JsonObject dataset(String label, long[] values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (long value : values) {
            data.add(value);
        }
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("fill", false).add("tension", 0.2).build();
    }

    private static JsonObject title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text).build();
    }
}
