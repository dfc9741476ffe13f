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
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps the number of concurrent calls to an external system within its limit
 * ({@code o2c.<system>.concurrency-limit}, e.g. NetSuite's 5 per account) across every bridge
 * instance on the database: a call holds one {@code governance_permit} slot, leased so that a
 * crashed holder's slot comes back. Waiters of this instance queue fairly on a local semaphore of
 * the same size first, so they do not poll the database for slots this instance holds itself, and
 * a slot freed while they queue goes straight to the next of them for up to a second
 * ({@link #release}) before it returns to the table, where other instances may take it.
 * Adapters wrap each HTTP request in {@link #call}, or in {@link #callOnSend} where their HTTP
 * client takes the slot from a filter as the request goes out, so a slot is held only while a
 * request is in flight, never while the bridge prepares it, writes outcomes or decides that no call
 * is needed.
 */
@ApplicationScoped
public class ConcurrencyPermits implements CallPermits {

    static final int DEFAULT_LIMIT = 10;
    private static final long RETRY_MILLIS = 20;
    /** How long a slot taken from the table may go from call to call of this instance before it goes back. */
    static final Duration TENURE = Duration.ofSeconds(1);

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

    private final Map<String, LocalSlots> local = new ConcurrentHashMap<>();
    private final ThreadLocal<PendingCall> pending = new ThreadLocal<>();

    /** This instance's side of one system's limit: its callers' fair queue, and slots handed over between calls. */
    private static final class LocalSlots {

        final Semaphore callers;
        final Deque<Permit> idle = new ConcurrentLinkedDeque<>();

        LocalSlots(int limit) {
            callers = new Semaphore(limit, true);
        }
    }

    /**
     * Makes {@code call} while holding a slot of {@code system}'s limit, waiting for one up to
     * {@code o2c.governance.permit-wait-seconds}; the slot is given back however the call ends.
     */
    @Override
    public <T> T call(String system, Supplier<T> call) {
        try (Permit permit = take(system)) {
            return call.get();
        }
    }

    @Override
    public <T> T callOnSend(String system, Supplier<T> call) {
        PendingCall outer = pending.get();
        PendingCall current = new PendingCall(system);
        pending.set(current);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                pending.remove();
            } else {
                pending.set(outer);
            }
            if (current.permit != null) {
                current.permit.close();
            }
        }
    }

    @Override
    public void sending(String system) {
        PendingCall current = pending.get();
        if (current == null || !current.system.equals(system)) {
            throw new IllegalStateException("A " + system + " request is going out with no call of " + system
                    + " in progress on its thread to hold its concurrency slot");
        }
        if (current.permit == null) {
            current.permit = take(system);
        }
    }

    /** A call of {@link #callOnSend} on this thread, and its slot once its request went out. */
    private static final class PendingCall {

        final String system;
        Permit permit;

        PendingCall(String system) {
            this.system = system;
        }
    }

    private Permit take(String system) {
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
        return permit;
    }

    /** The configured limit of a system. */
    public int limitOf(String system) {
        return config.getOptionalValue("o2c." + system + ".concurrency-limit", Integer.class).orElse(DEFAULT_LIMIT);
    }

    /**
     * Waits up to {@code maxWait} for a permit to call {@code system}; empty-handed means the
     * system's limit stayed in use the whole time. A slot this instance handed over between calls
     * is used as it is (its lease renewed when half of it has passed); otherwise one is taken from
     * the table.
     */
    Permit acquire(String system, Duration maxWait) throws InterruptedException {
        LocalSlots slots = local.computeIfAbsent(system, s -> new LocalSlots(prepareSlots(s)));
        long deadline = System.nanoTime() + maxWait.toNanos();
        if (!slots.callers.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
            return null;
        }
        try {
            Optional<Permit> handedOver = reuse(system, slots);
            if (handedOver.isPresent()) {
                return handedOver.get();
            }
            String holder = UUID.randomUUID().toString();
            while (true) {
                Instant now = clock.instant();
                Instant leaseUntil = now.plus(Duration.ofSeconds(leaseSeconds));
                if (takeSlot(system, holder, now, leaseUntil)) {
                    return new Permit(this, system, holder, now, leaseUntil);
                }
                if (System.nanoTime() > deadline) {
                    slots.callers.release();
                    return null;
                }
                Thread.sleep(RETRY_MILLIS);
            }
        } catch (InterruptedException | RuntimeException e) {
            slots.callers.release();
            throw e;
        }
    }

    /**
     * Gives a permit back. While callers of this instance queue for the system and the slot was
     * taken from the table less than {@code TENURE} ago, the slot goes straight to the next caller,
     * still held in the table, so the limit's slot is not idle for two updates between calls;
     * otherwise it goes back to the table, where every instance may take it. When nobody of this
     * instance waits, slots left over from a hand-over go back too.
     */
    void release(Permit permit) {
        LocalSlots slots = local.get(permit.system());
        boolean handOver = slots.callers.hasQueuedThreads()
                && Duration.between(permit.takenAt(), clock.instant()).compareTo(TENURE) < 0;
        try {
            if (handOver) {
                slots.idle.push(permit);
            } else {
                releaseInTable(permit);
            }
        } finally {
            slots.callers.release();
        }
        if (!handOver && !slots.callers.hasQueuedThreads()) {
            for (Permit left = slots.idle.poll(); left != null; left = slots.idle.poll()) {
                releaseInTable(left);
            }
        }
    }

    private Optional<Permit> reuse(String system, LocalSlots slots) {
        for (Permit idle = slots.idle.poll(); idle != null; idle = slots.idle.poll()) {
            Instant now = clock.instant();
            if (Duration.between(now, idle.leaseUntil()).getSeconds() > leaseSeconds / 2) {
                return Optional.of(idle);
            }
            Instant leaseUntil = now.plus(Duration.ofSeconds(leaseSeconds));
            if (renewLease(idle.holder(), leaseUntil)) {
                return Optional.of(new Permit(this, system, idle.holder(), idle.takenAt(), leaseUntil));
            }
        }
        return Optional.empty();
    }

    private void releaseInTable(Permit permit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "update governance_permit set holder = null, lease_until = null where holder = ?")) {
            s.setString(1, permit.holder());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release a " + permit.system() + " permit; its lease frees it", e);
        }
    }

    private boolean renewLease(String holder, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update governance_permit set lease_until = ? where holder = ?")) {
            s.setTimestamp(1, Timestamp.from(leaseUntil));
            s.setString(2, holder);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not renew a permit's lease: " + e.getMessage(), e);
        }
    }

    private boolean takeSlot(String system, String holder, Instant now, Instant leaseUntil) {
        String sql = "update governance_permit set holder = ?, lease_until = ? where target_system = ? and slot = "
                + "(select slot from governance_permit where target_system = ? and (holder is null or lease_until < ?) "
                + "order by slot fetch first 1 rows only for update skip locked)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, holder);
            s.setTimestamp(2, Timestamp.from(leaseUntil));
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
