package org.o2cbridge.connector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The readiness answer for one external system, judged from the calls the bridge made anyway
 * ({@link CallHistory}), never by calling it: a probe must not take one of NetSuite's five
 * concurrent slots or spend API quota. An unconfigured system is reported as such and is up, so a
 * bridge without that system still serves; a system configured only in part is down.
 *
 * <p>Payara runs readiness probes on its health servlet's threads, where the application's
 * configuration and metric registry cannot be looked up. So the checks read their settings, and
 * create this bean, when the application starts ({@link #starting} until then), and a probe only
 * reads what is already in memory.
 */
@ApplicationScoped
public class ExternalSystemReadiness {

    @Inject
    ExternalCallMonitor monitor;

    @Inject
    @ConfigProperty(name = "o2c.health.external-down-after-seconds", defaultValue = "60")
    long downAfterSeconds;

    @Inject
    @ConfigProperty(name = "o2c.health.external-evidence-seconds", defaultValue = "900")
    long evidenceSeconds;

    /**
     * For a check's start-up observer: the first call on this bean creates it, with its settings
     * and the monitor's metric registry, on the application's thread rather than a probe's.
     */
    public void prepare() {
        monitor.now();
    }

    /** The application has not finished starting: not ready yet. */
    public static HealthCheckResponse starting(String system) {
        return HealthCheckResponse.named(system).down().withData("starting", true).build();
    }

    /** The system is not set up: up, and says so. */
    public HealthCheckResponse notConfigured(String system, String why) {
        return HealthCheckResponse.named(system).up().withData("configured", false).withData("reason", why).build();
    }

    /** The system is set up in part: down, naming what is missing. */
    public HealthCheckResponse incomplete(String system, List<String> missingKeys) {
        return HealthCheckResponse.named(system).down().withData("configured", false)
                .withData("missing", String.join(", ", missingKeys)).build();
    }

    /** The system is set up: up unless its recent calls got no usable answer for a while. */
    public HealthCheckResponse configured(String system) {
        CallHistory.Snapshot history = monitor.history(system).snapshot();
        Instant now = monitor.now();
        boolean down = history.down(now, Duration.ofSeconds(downAfterSeconds), Duration.ofSeconds(evidenceSeconds));
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(system).status(!down).withData("configured", true);
        history.lastSuccess().ifPresent(at -> answer.withData("lastSuccess", at.toString()));
        history.lastFailure().ifPresent(at -> answer.withData("lastFailure", at.toString()));
        history.lastFailureOutcome().ifPresent(outcome -> answer.withData("lastFailureOutcome", outcome.tag()));
        history.lastFailureDetail().ifPresent(detail -> answer.withData("lastFailureDetail", detail));
        history.unreachableSince().ifPresent(at -> answer.withData("unreachableSince", at.toString()));
        return answer.build();
    }
}
