package org.o2cbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.connector.ErpGateways;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes the outbox's depth, the age of its oldest waiting work and its open dead letters as
 * gauges, per target system. All of them read one {@link OutboxDepth}, fetched by one grouped
 * query and kept for {@code o2c.metrics.outbox-cache-seconds}, so however often the endpoint is
 * scraped the database answers that query at most once per period. The systems are every installed
 * ERP, the routing step, Salesforce, and every system the outbox holds work for at start-up.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class.getName());
    static final Metadata DEPTH = Metadata.builder().withName("o2c_outbox_depth")
            .withDescription("Outbox work waiting for an external system: pending or in flight").build();
    static final Metadata DEPTH_OVERALL = Metadata.builder().withName("o2c_outbox_depth_overall")
            .withDescription("Outbox work waiting for any external system: pending or in flight").build();
    static final Metadata OLDEST = Metadata.builder().withName("o2c_outbox_oldest_waiting_seconds")
            .withDescription("Seconds since the oldest waiting work for the system was enqueued (0: none waits)").build();
    static final Metadata DEAD = Metadata.builder().withName("o2c_outbox_dead_letters")
            .withDescription("Dead letters of the system waiting for an operator").build();

    @Inject
    MetricRegistry registry;

    @Inject
    OutboxRepository repository;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "o2c.metrics.outbox-cache-seconds", defaultValue = "5")
    long cacheSeconds;

    @Inject
    ErpGateways erps;

    private OutboxDepth cached;

    void register(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Set<String> systems = new TreeSet<>(erps.systems());
        systems.addAll(Set.of("routing", "salesforce"));
        try {
            systems.addAll(repository.targetSystems());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the outbox's target systems; gauges for " + systems + " only", e);
        }
        registry.gauge(DEPTH_OVERALL, () -> depth().waiting());
        for (String system : systems) {
            Tag tag = new Tag("system", system);
            registry.gauge(DEPTH, () -> depth().waiting(system), tag);
            registry.gauge(OLDEST, () -> depth().oldestWaitingSeconds(system), tag);
            registry.gauge(DEAD, () -> depth().dead(system), tag);
        }
    }

    /** The outbox as last counted, counted again when that is older than the cache period. */
    public synchronized OutboxDepth depth() {
        Instant now = clock.instant();
        if (cached == null || !cached.at().plus(Duration.ofSeconds(cacheSeconds)).isAfter(now)) {
            try {
                cached = OutboxDepth.of(now, repository.depthRows());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not count the outbox; the gauges keep their last values", e);
                cached = new OutboxDepth(now, cached == null ? Map.of() : cached.bySystem());
            }
        }
        return cached;
    }
}
