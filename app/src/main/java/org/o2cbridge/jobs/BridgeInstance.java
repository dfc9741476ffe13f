package org.o2cbridge.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.platform.persistence.DatabaseConfiguration;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This bridge instance among those sharing the database: an id of its own (host name and a random
 * part, new at each start) and a heartbeat in {@code bridge_instance} every
 * {@code o2c.instance.heartbeat-seconds}. A job execution whose instance stopped beating — its JVM
 * was killed — is stale ({@link JobStarts}). A clean shutdown removes the row, so what the instance
 * left running is seen as stale at once.
 */
@ApplicationScoped
public class BridgeInstance {

    private static final Logger LOG = Logger.getLogger(BridgeInstance.class.getName());

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "o2c.instance.heartbeat-seconds", defaultValue = "10")
    long heartbeatSeconds;

    private final String id = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final Instant startedAt = Instant.now();
    private volatile ScheduledFuture<?> beating;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        beating = scheduler.scheduleWithFixedDelay(this::beat, 0, Math.max(1, heartbeatSeconds), TimeUnit.SECONDS);
    }

    public String id() {
        return id;
    }

    /** Says this instance is alive; the first beat also enters it. */
    void beat() {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement s = c.prepareStatement("update bridge_instance set heartbeat_at = ? where instance_id = ?")) {
                s.setTimestamp(1, now);
                s.setString(2, id);
                updated = s.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement s = c.prepareStatement(
                        "insert into bridge_instance (instance_id, started_at, heartbeat_at) values (?, ?, ?)")) {
                    s.setString(1, id);
                    s.setTimestamp(2, Timestamp.from(startedAt));
                    s.setTimestamp(3, now);
                    s.executeUpdate();
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the heartbeat of bridge instance " + id + "; trying again in "
                    + heartbeatSeconds + " s: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (beating != null) {
            beating.cancel(false);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("delete from bridge_instance where instance_id = ?")) {
            s.setString(1, id);
            s.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.INFO, "Could not remove bridge instance " + id + " on shutdown; its heartbeat ages out: "
                    + e.getMessage());
        }
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "");
            return name.isEmpty() ? "bridge" : name.substring(0, Math.min(40, name.length()));
        } catch (UnknownHostException e) {
            return "bridge";
        }
    }
}
