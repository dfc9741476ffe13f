package org.o2cbridge.mapping;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.AdminApi;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationEnvironment;
import org.o2cbridge.testing.IntegrationSuite;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operators keep the mapping tables through the admin API, and every change is audited. */
class MappingAdminIT extends IntegrationSuite {

    private final String system = "it-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void auditShowsWhoChangedAndDeletedWhatWhenNewestFirst() {
        Instant before = Instant.now().minus(Duration.ofSeconds(5));
        AdminApi admin = new AdminApi(this::bridge);
        admin.map(system, "payment-terms", "NET30", "N30");
        admin.map(system, "payment-terms", "NET30", "N30");
        admin.map(system, "payment-terms", "NET30", "30D");
        HttpCalls.Answer deleted = HttpCalls.send(HttpRequest.newBuilder(bridge(
                "api/v1/admin/mappings/" + system + "/payment-terms/NET30")).header("Authorization", AdminApi.operator())
                .DELETE());
        assertEquals(204, deleted.status(), deleted.body());

        JsonArray changes = audit(viewer());

        assertEquals(3, changes.size(), changes.toString());
        assertChange(changes.getJsonObject(0), "deleted", "30D", null);
        assertChange(changes.getJsonObject(1), "changed", "N30", "30D");
        assertChange(changes.getJsonObject(2), "added", null, "N30");
        Instant at = Instant.parse(changes.getJsonObject(0).getString("changedAt"));
        assertTrue(at.isAfter(before) && at.isBefore(Instant.now().plusSeconds(5)), at.toString());
        assertEquals(0, rows().size());
    }

    private void assertChange(JsonObject change, String action, String oldTarget, String newTarget) {
        assertEquals(action, change.getString("action"), change.toString());
        assertEquals("operator", change.getString("changedBy"));
        assertEquals("NET30", change.getString("sourceValue"));
        assertEquals(oldTarget, change.getString("oldTarget", null), change.toString());
        assertEquals(newTarget, change.getString("newTarget", null), change.toString());
    }

    private JsonArray rows() {
        return array(get("api/v1/admin/mappings?system=" + system, AdminApi.operator()));
    }

    private JsonArray audit(String authorization) {
        return array(get("api/v1/admin/mappings/audit?system=" + system, authorization));
    }

    private HttpCalls.Answer get(String path, String authorization) {
        return HttpCalls.send(HttpRequest.newBuilder(bridge(path)).header("Authorization", authorization).GET());
    }

    private static JsonArray array(HttpCalls.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray();
        }
    }

    private static String viewer() {
        return "Basic " + Base64.getEncoder().encodeToString(("viewer:" + IntegrationEnvironment.VIEWER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
