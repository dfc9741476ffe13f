package org.o2cbridge.connector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts every call the adapters make to an external system — by system and {@link CallOutcome},
 * throttles separately, and how long each call took — and keeps each system's {@link CallHistory}
 * for its readiness check. Each adapter reports from the one place where its HTTP calls are made.
 * Built outside the container (adapter tests) it keeps the histories and no metrics.
 */
@ApplicationScoped
public class ExternalCallMonitor {

    static final Metadata CALLS = Metadata.builder().withName("o2c_external_calls")
            .withDescription("Calls to external systems, by system and outcome").build();
    static final Metadata THROTTLES = Metadata.builder().withName("o2c_external_throttles")
            .withDescription("Calls an external system refused for its rate or concurrency limit").build();
    /**
     * A histogram of milliseconds rather than a Timer: Payara 6 writes a Timer's quantiles in
     * nanoseconds beside a sum in seconds, which no dashboard can read right.
     */
    static final Metadata DURATION = Metadata.builder().withName("o2c_external_call_milliseconds")
            .withDescription("Milliseconds from sending a call to an external system to its answer or failure").build();
    private static final int MAX_DETAIL = 300;

    private final MetricRegistry registry;
    private final Clock clock;
    private final Map<String, CallHistory> histories = new ConcurrentHashMap<>();

    @Inject
    public ExternalCallMonitor(MetricRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ExternalCallMonitor() {
        this(null, null);
    }

    /**
     * Creates the monitor with the application. Payara finds the application's metric registry
     * only on the application's own threads: created first by a readiness probe, which Payara runs
     * on its health servlet's thread, the monitor could not be built.
     */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // observing the event is what creates the bean
    }

    /** A monitor without metrics, for adapters built outside the container. */
    public static ExternalCallMonitor unmetered(Clock clock) {
        return new ExternalCallMonitor(null, clock);
    }

    /** When a call starts: the instant to hand back to {@link #record}. */
    public Instant start() {
        return clock.instant();
    }

    /** Counts a call to {@code system} that started at {@code started}; {@code detail} describes a failure. */
    public void record(String system, Instant started, CallOutcome outcome, String detail) {
        record(system, started, clock.instant(), outcome, detail);
    }

    /** Counts a call that ran from {@code started} to {@code ended}, reported after the fact. */
    public void record(String system, Instant started, Instant ended, CallOutcome outcome, String detail) {
        history(system).record(outcome, ended, outcome == CallOutcome.SUCCESS ? null : cut(detail));
        if (registry == null) {
            return;
        }
        Tag systemTag = new Tag("system", system);
        registry.counter(CALLS, systemTag, new Tag("outcome", outcome.tag())).inc();
        if (outcome == CallOutcome.THROTTLED) {
            registry.counter(THROTTLES, systemTag).inc();
        }
        registry.histogram(DURATION, systemTag).update(Duration.between(started, ended).toMillis());
    }

    /** What recent calls say about {@code system}; empty before its first call. */
    public CallHistory history(String system) {
        return histories.computeIfAbsent(system, s -> new CallHistory());
    }

    public Instant now() {
        return clock.instant();
    }

    private static String cut(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    }
}
