package org.o2cbridge.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bridge's jobs admin API as the suite's operator uses it: start a job, read and await its runs. */
public final class JobsApi {

    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private final Function<String, URI> bridge;

    /** {@code bridge}: a path under the bridge, e.g. {@code api/v1/admin/jobs}, as a URI. */
    public JobsApi(Function<String, URI> bridge) {
        this.bridge = bridge;
    }

    public HttpCalls.Answer post(String path, String body) {
        return HttpCalls.send(HttpRequest.newBuilder(bridge.apply(path)).header("Authorization", AdminApi.operator())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Starts the job with the parameters (a JSON object) and answers the new execution's id. */
    public long start(String job, String parameters) {
        HttpCalls.Answer started = post("api/v1/admin/jobs/" + job + "/executions", parameters);
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonNumber("executionId").longValue();
    }

    public JsonObject execution(long executionId) {
        return get("api/v1/admin/jobs/executions/" + executionId).json();
    }

    public JsonArray skipped(long executionId) {
        HttpCalls.Answer answer = get("api/v1/admin/jobs/executions/" + executionId + "/skipped");
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))) {
            return reader.readArray();
        }
    }

    /** Waits for the execution to end and checks that it completed. */
    public JsonObject awaitCompleted(long executionId, Duration within) {
        JsonObject done = Eventually.await(() -> execution(executionId), e -> ENDED.contains(e.getString("batchStatus")),
                within, "execution " + executionId + " ended");
        assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
        return done;
    }

    private HttpCalls.Answer get(String path) {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge.apply(path))
                .header("Authorization", AdminApi.operator()).GET());
        assertEquals(200, answer.status(), answer.body());
        return answer;
    }
}
