package org.o2cbridge.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.o2cbridge.connector.CallHistory;
import org.o2cbridge.connector.ExternalCallMonitor;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each external system as the dashboard shows it: the calls the bridge made to it and how many
 * the system throttled (last hour and since the bridge started, counted by
 * {@link ExternalCallMonitor}), and its readiness, the answer of the same check {@code /health/ready}
 * runs (judged from those calls, never by calling the system).
 */
@ApplicationScoped
public class ExternalSystems {

    /** The systems in the order the dashboard lists them, with the names operators know them by. */
    static final Map<String, String> SYSTEMS = orderedSystems();

    @Inject
    ExternalCallMonitor monitor;

    @Inject
    @Readiness
    Instance<HealthCheck> readinessChecks;

    public List<SystemStatus> statuses() {
        Map<String, HealthCheckResponse> health = new HashMap<>();
        for (HealthCheck check : readinessChecks) {
            HealthCheckResponse response = check.call();
            if (SYSTEMS.containsKey(response.getName())) {
                health.put(response.getName(), response);
            }
        }
        Instant now = monitor.now();
        return SYSTEMS.entrySet().stream().map(system -> SystemStatus.of(system.getKey(), system.getValue(),
                monitor.history(system.getKey()).counts(now), health.get(system.getKey()))).toList();
    }

    private static Map<String, String> orderedSystems() {
        Map<String, String> systems = new java.util.LinkedHashMap<>();
        systems.put("netsuite", "NetSuite");
        systems.put("sap", "SAP S/4HANA");
        systems.put("d365", "Dynamics 365");
        systems.put("salesforce", "Salesforce");
        return java.util.Collections.unmodifiableMap(systems);
    }

    /** One system's calls, throttles and readiness. */
    public record SystemStatus(String system, String label, long callsLastHour, long throttledLastHour,
                               long callsSinceStart, long throttledSinceStart, String health, String healthDetail)
            implements Serializable {

        static SystemStatus of(String system, String label, CallHistory.Counts counts, HealthCheckResponse response) {
            String health = response == null ? "UNKNOWN" : response.getStatus().name();
            Map<String, Object> data = response == null ? Map.of() : response.getData().orElse(Map.of());
            return new SystemStatus(system, label, counts.callsLastHour(), counts.throttledLastHour(),
                    counts.callsSinceStart(), counts.throttledSinceStart(), health, detail(response, data));
        }

        /** What the readiness answer says beyond up or down, in words. */
        static String detail(HealthCheckResponse response, Map<String, Object> data) {
            if (response == null) {
                return "no readiness check";
            }
            if (Boolean.TRUE.equals(data.get("starting"))) {
                return "starting";
            }
            if (Boolean.FALSE.equals(data.get("configured"))) {
                return data.containsKey("missing") ? "configured in part; missing " + data.get("missing")
                        : "not configured: " + data.getOrDefault("reason", "");
            }
            if (data.containsKey("unreachableSince")) {
                return "no usable answer since " + data.get("unreachableSince")
                        + (data.containsKey("lastFailureDetail") ? " (" + data.get("lastFailureDetail") + ")" : "");
            }
            if (data.containsKey("lastSuccess")) {
                return "last successful call " + data.get("lastSuccess");
            }
            return "no call yet";
        }
    }
}
