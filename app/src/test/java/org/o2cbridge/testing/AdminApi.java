package org.o2cbridge.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bridge's admin API as the suite's operator uses it: mappings and dead letters. */
public final class AdminApi {

    private final Function<String, URI> bridge;

    /** {@code bridge}: a path under the bridge, e.g. {@code api/v1/admin/mappings}, as a URI. */
    public AdminApi(Function<String, URI> bridge) {
        this.bridge = bridge;
    }

    public static String operator() {
        return "Basic " + Base64.getEncoder().encodeToString(("operator:" + IntegrationEnvironment.OPERATOR_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Any call of the admin API as the operator: {@code body} JSON, or null for none. */
    public HttpCalls.Answer call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(bridge.apply(path)).header("Authorization", operator());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpCalls.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sets a mapping row, e.g. {@code routing/legal-entity/DE01 → sap}. */
    public void map(String system, String type, String source, String target) {
        HttpCalls.Answer answer = HttpCalls.send(HttpRequest.newBuilder(bridge.apply(
                        "api/v1/admin/mappings/" + system + "/" + type + "/" + source))
                .header("Authorization", operator()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"targetValue\":\"" + target + "\"}")));
        assertEquals(200, answer.status(), answer.body());
    }

    /** The dead letter of an order among a system's letters; fails when there is none. */
    public JsonObject deadLetterOf(String system, String orderId) {
        HttpCalls.Answer letters = HttpCalls.send(HttpRequest.newBuilder(bridge.apply(
                "api/v1/admin/dead-letters?system=" + system)).header("Authorization", operator()).GET());
        assertEquals(200, letters.status(), letters.body());
        try (var reader = Json.createReader(new StringReader(letters.body()))) {
            return reader.readArray().stream().map(v -> v.asJsonObject())
                    .filter(l -> l.getString("aggregateId").equals(orderId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + system + " dead letter for " + orderId + " in " + letters.body()));
        }
    }

    public void replay(JsonObject letter) {
        HttpCalls.Answer replayed = HttpCalls.send(HttpRequest.newBuilder(bridge.apply(
                        "api/v1/admin/dead-letters/" + letter.getJsonNumber("id").longValue() + "/replay"))
                .header("Authorization", operator()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, replayed.status(), replayed.body());
    }
}
