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

/** Operators keep the mapping tables through the admin API, as CSV files too, and every change is audited. */
class MappingAdminIT extends IntegrationSuite {

    private static final String HEADER = "system,type,source_value,target_value\r\n";

    private final String system = "it-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void exportedFileImportsBackUnchangedAndAnEditedOneChangesOnlyWhatDiffers() {
        HttpCalls.Answer first = importCsv(HEADER + system + ",currency,EUR,978\r\n" + system + ",unit-of-measure,"
                + "\"Each, boxed\",EA\r\n", AdminApi.operator());
        assertEquals(200, first.status(), first.body());
        assertCounts(first.json(), 2, 0, 0);

        HttpCalls.Answer exported = get("api/v1/admin/mappings?format=csv&system=" + system, AdminApi.operator());
        assertEquals(200, exported.status(), exported.body());
        assertTrue(exported.contentType().startsWith("text/csv"), exported.contentType());
        assertEquals(HEADER + system + ",currency,EUR,978\r\n" + system + ",unit-of-measure,\"Each, boxed\",EA\r\n",
                exported.body());

        assertCounts(importCsv(exported.body(), AdminApi.operator()).json(), 0, 0, 2);
        assertCounts(importCsv(exported.body().replace(",978", ",EUR"), AdminApi.operator()).json(), 0, 1, 1);
        assertEquals("EUR", rows().getJsonObject(0).getString("targetValue"));
    }

    @Test
    void badFileIsRefusedNamingTheLineAndChangesNothing() {
        importCsv(HEADER + system + ",currency,EUR,978\r\n", AdminApi.operator());

        HttpCalls.Answer refused = importCsv(HEADER + system + ",currency,EUR,EUR\r\n" + system + ",country,DE,\r\n",
                AdminApi.operator());

        assertEquals(422, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.json().getString("detail").startsWith("Line 3: target_value is empty"), refused.body());
        JsonArray rows = rows();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("978", rows.getJsonObject(0).getString("targetValue"));
        assertEquals(1, audit(AdminApi.operator()).size());
    }

    @Test
    void fileOverTheBodyLimitIsRefusedAndChangesNothing() {
        String line = system + ",item,WID-%07d,ITEM-%07d\r\n";
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; csv.length() <= 1_100_000; i++) {
            csv.append(line.formatted(i, i));
        }

        HttpCalls.Answer refused = importCsv(csv.toString(), AdminApi.operator());

        assertEquals(413, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(0, rows().size());
    }

    @Test
    void viewerIsForbiddenToImport() {
        HttpCalls.Answer refused = importCsv(HEADER + system + ",currency,EUR,978\r\n", viewer());

        assertEquals(403, refused.status(), refused.body());
        assertEquals(0, rows().size());
    }

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

    private static void assertCounts(JsonObject counts, int added, int changed, int unchanged) {
        assertEquals(added, counts.getInt("added"), counts.toString());
        assertEquals(changed, counts.getInt("changed"), counts.toString());
        assertEquals(unchanged, counts.getInt("unchanged"), counts.toString());
    }

    private HttpCalls.Answer importCsv(String csv, String authorization) {
        return HttpCalls.send(HttpRequest.newBuilder(bridge("api/v1/admin/mappings/import"))
                .header("Authorization", authorization).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
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
