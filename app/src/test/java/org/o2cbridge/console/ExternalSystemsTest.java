package org.o2cbridge.console;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.o2cbridge.connector.CallHistory;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each system's readiness answer in the dashboard's words. */
class ExternalSystemsTest {

    private static HealthCheckResponse answer(boolean up, Map<String, Object> data) {
        return new HealthCheckResponse("netsuite", up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                java.util.Optional.of(data));
    }

    @Test
    void theDashboardListsTheFourSystemsInItsOrder() {
        assertEquals(List.of("netsuite", "sap", "d365", "salesforce"), List.copyOf(ExternalSystems.SYSTEMS.keySet()));
    }

    @Test
    void theReadinessDetailSaysWhyInWords() {
        assertEquals("not configured: o2c.sap.base-url is not set", detail(true,
                Map.of("configured", false, "reason", "o2c.sap.base-url is not set")));
        assertEquals("configured in part; missing o2c.d365.client-secret", detail(false,
                Map.of("configured", false, "missing", "o2c.d365.client-secret")));
        assertEquals("no usable answer since 2026-11-20T10:00:00Z (HTTP 503)", detail(false, Map.of("configured", true,
                "unreachableSince", "2026-11-20T10:00:00Z", "lastFailureDetail", "HTTP 503")));
        assertEquals("last successful call 2026-11-20T10:00:00Z", detail(true, Map.of("configured", true,
                "lastSuccess", "2026-11-20T10:00:00Z")));
        assertEquals("no call yet", detail(true, Map.of("configured", true)));
        assertEquals("starting", detail(false, Map.of("starting", true)));
    }

    @Test
    void aSystemWithoutACheckIsUnknownAndKeepsItsCounts() {
        ExternalSystems.SystemStatus status = ExternalSystems.SystemStatus.of("sap", "SAP S/4HANA",
                new CallHistory.Counts(3, 1, 7, 2), null);

        assertEquals(new ExternalSystems.SystemStatus("sap", "SAP S/4HANA", 3, 1, 7, 2, "UNKNOWN", "no readiness check"), status);
    }

    private static String detail(boolean up, Map<String, Object> data) {
        HealthCheckResponse response = answer(up, data);
        return ExternalSystems.SystemStatus.detail(response, response.getData().orElse(Map.of()));
    }
}
