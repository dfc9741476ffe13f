package org.o2cbridge.governance;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.platform.persistence.DatabaseConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps the number of concurrent calls to an external system within its limit
 * ({@code o2c.<system>.concurrency-limit}, e.g. NetSuite's 5 per account) across every bridge
 * instance on the database: a call holds one {@code governance_permit} slot, leased so that a
 * crashed holder's slot comes back. Waiters of this instance queue fairly on a local semaphore of
 * the same size first, so they do not poll the database for slots this instance holds itself.
 * Adapters wrap each HTTP request in {@link #call}, so a slot is held only while a request is in
 * flight, never while the bridge writes outcomes or decides that no call is needed.
 */
@ApplicationScoped
public class ConcurrencyPermits implements CallPermits {

    static final int DEFAULT_LIMIT = 10;
    private static final long RETRY_MILLIS = 20;

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Config config;

    @Inject
    Clock clock;

    /** How long a slot stays taken if its holder dies; longer than the longest call (read timeout). */
    @Inject
    @ConfigProperty(name = "o2c.governance.permit-lease-seconds", defaultValue = "120")
    long leaseSeconds;

    /** How long a call waits for a slot before it is given up (and its work tried again later). */
    @Inject
    @ConfigProperty(name = "o2c.governance.permit-wait-seconds", defaultValue = "60")
    long waitSeconds;

    private final Map<String, Semaphore> local = new ConcurrentHashMap<>();

    /**
     * Makes {@code call} while holding a slot of {@code system}'s limit, waiting for one up to
     * {@code o2c.governance.permit-wait-seconds}; the slot is given back however the call ends.
     */
    @Override
    public <T> T call(String system, Supplier<T> call) {
        Permit permit;
        try {
            permit = acquire(system, Duration.ofSeconds(waitSeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PermitUnavailableException(system, "Interrupted while waiting for a " + system
                    + " concurrency permit");
        }
        if (permit == null) {
            throw new PermitUnavailableException(system, "No " + system + " concurrency permit came free in "
                    + waitSeconds + " s");
        }
        try (permit) {
            return call.get();
        }
    }

    /** The configured limit of a system. */
    public int limitOf(String system) {
        return config.getOptionalValue("o2c." + system + ".concurrency-limit", Integer.class).orElse(DEFAULT_LIMIT);
    }

    /**
     * Waits up to {@code maxWait} for a permit to call {@code system}; empty-handed means the
     * system's limit stayed in use the whole time.
     */
    Permit acquire(String system, Duration maxWait) throws InterruptedException {
        Semaphore semaphore = local.computeIfAbsent(system, s -> new Semaphore(prepareSlots(s), true));
        long deadline = System.nanoTime() + maxWait.toNanos();
        if (!semaphore.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
            return null;
        }
        String holder = UUID.randomUUID().toString();
        try {
            while (!takeSlot(system, holder)) {
                if (System.nanoTime() > deadline) {
                    semaphore.release();
                    return null;
                }
                Thread.sleep(RETRY_MILLIS);
            }
        } catch (InterruptedException | RuntimeException e) {
            semaphore.release();
            throw e;
        }
        return new Permit(this, system, holder);
    }

    void release(Permit permit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "update governance_permit set holder = null, lease_until = null where holder = ?")) {
            s.setString(1, permit.holder());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release a " + permit.system() + " permit; its lease frees it", e);
        } finally {
            local.get(permit.system()).release();
        }
    }

    private boolean takeSlot(String system, String holder) {
        Instant now = clock.instant();
        String sql = "update governance_permit set holder = ?, lease_until = ? where target_system = ? and slot = "
                + "(select slot from governance_permit where target_system = ? and (holder is null or lease_until < ?) "
                + "order by slot fetch first 1 rows only for update skip locked)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, holder);
            s.setTimestamp(2, Timestamp.from(now.plus(Duration.ofSeconds(leaseSeconds))));
            s.setString(3, system);
            s.setString(4, system);
            s.setTimestamp(5, Timestamp.from(now));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take a " + system + " permit: " + e.getMessage(), e);
        }
    }

    /** Makes sure the table holds exactly the configured number of slots; answers the limit. */
    private int prepareSlots(String system) {
        int limit = limitOf(system);
        try (Connection c = dataSource.getConnection()) {
            for (int slot = 1; slot <= limit; slot++) {
                try (PreparedStatement s = c.prepareStatement("insert into governance_permit (target_system, slot) "
                        + "select ?, ? where not exists (select 1 from governance_permit where target_system = ? and slot = ?)")) {
                    s.setString(1, system);
                    s.setInt(2, slot);
                    s.setString(3, system);
                    s.setInt(4, slot);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "delete from governance_permit where target_system = ? and slot > ?")) {
                s.setString(1, system);
                s.setInt(2, limit);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            if (!isDuplicate(e)) {
                throw new IllegalStateException("Could not prepare the " + system + " permits: " + e.getMessage(), e);
            }
        }
        return limit;
    }

    private static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
