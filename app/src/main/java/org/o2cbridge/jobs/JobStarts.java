package org.o2cbridge.jobs;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.platform.persistence.DatabaseConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Starts job executions so that no job ever runs twice at once, across every bridge instance on
 * the database: a start takes the job's short start lease in {@code job_schedule} (a conditional
 * update, committed at once), checks that no execution of the job is running in the shared job
 * repository, starts, records the execution in {@code job_run} with this instance and who asked,
 * and gives the lease back. A second start meanwhile is refused, never queued.
 * <p>
 * An execution is <em>stale</em> when the batch runtime still shows it running but the instance
 * that ran it has stopped beating ({@link BridgeInstance}; {@code o2c.jobs.stale-after-seconds}):
 * its JVM was killed. A stale execution does not count as running, and can be resumed: a new
 * execution with the same parameters carries on from the job's committed position, which every job
 * keeps in the application's own tables (the invoice sync's watermark, the migration's positions per
 * partition), never in the runtime's checkpoint alone.
 */
@ApplicationScoped
public class JobStarts {

    /** Longest a start may hold the lease: a crashed starter's lease frees itself after this. */
    private static final Duration START_LEASE = Duration.ofSeconds(30);

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    BridgeInstance instance;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "o2c.jobs.stale-after-seconds", defaultValue = "60")
    long staleAfterSeconds;

    /** The batch runtime's operator; a seam for tests without a container. */
    Supplier<JobOperator> operator = BatchRuntime::getJobOperator;

    /** Starts {@code job}; refused (409) while it runs or another start of it is under way. */
    public long start(String job, Properties parameters, String startedBy) {
        return guarded(job, startedBy, () -> operator.get().start(job, parameters));
    }

    /** Restarts a stopped or failed execution of {@code job}, under the same rule. */
    public long restart(String job, long executionId, Properties parameters, String startedBy) {
        return guarded(job, startedBy, () -> operator.get().restart(executionId, parameters));
    }

    /**
     * Starts a new execution in place of a stale one, once: the stale execution records which one
     * took over, and the new one has it in its {@value JobPositions#RESUMES} parameter, so a job
     * that keeps positions per execution ({@link JobPositions}) finds where to carry on. Refused
     * (409) when the execution is not stale or was resumed already.
     */
    public long resume(String job, long staleExecutionId, Properties parameters, String startedBy) {
        Optional<Long> resumedAs = resumedAs(staleExecutionId);
        if (resumedAs.isPresent()) {
            throw JobProblems.alreadyResumed(staleExecutionId, resumedAs.get());
        }
        Properties taking = new Properties();
        parameters.stringPropertyNames().forEach(name -> taking.setProperty(name, parameters.getProperty(name)));
        taking.setProperty(JobPositions.RESUMES, Long.toString(staleExecutionId));
        long id = guarded(job, startedBy, () -> operator.get().start(job, taking));
        update("update job_run set resumed_as = ? where execution_id = ? and resumed_as is null", id, staleExecutionId);
        return id;
    }

    /** The scheduled firing at {@code at} of {@code job} is this instance's to run (no other instance claimed it). */
    public boolean claimFiring(String job, Instant at) {
        ensureRow(job);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update job_schedule set last_fire_at = ?, last_fired_by = ? "
                        + "where job_name = ? and (last_fire_at is null or last_fire_at < ?)")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, instance.id());
            s.setString(3, job);
            s.setTimestamp(4, Timestamp.from(at));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim the scheduled run of " + job + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the execution's instance has stopped beating. An execution this bridge did not start
     * (none recorded in {@code job_run}) or that this instance runs is never stale.
     */
    public boolean isStale(long executionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select r.instance_id, i.heartbeat_at from job_run r "
                        + "left join bridge_instance i on i.instance_id = r.instance_id where r.execution_id = ?")) {
            s.setLong(1, executionId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || instance.id().equals(rs.getString(1))) {
                    return false;
                }
                Timestamp heartbeat = rs.getTimestamp(2);
                return heartbeat == null
                        || heartbeat.toInstant().isBefore(clock.instant().minusSeconds(staleAfterSeconds));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell whether execution " + executionId + " is stale: "
                    + e.getMessage(), e);
        }
    }

    /** Who started the execution through the bridge ({@code schedule} or an operator's name). */
    public Optional<String> startedBy(long executionId) {
        return text("select started_by from job_run where execution_id = ?", executionId);
    }

    public Optional<Long> resumedAs(long executionId) {
        return text("select resumed_as from job_run where execution_id = ?", executionId).map(Long::valueOf);
    }

    /** A running execution of the job that is not stale, if any. */
    Optional<Long> runningExecution(String job) {
        try {
            return operator.get().getRunningExecutions(job).stream().filter(id -> !isStale(id)).findFirst();
        } catch (NoSuchJobException neverRan) {
            return Optional.empty();
        }
    }

    private long guarded(String job, String startedBy, LongSupplier start) {
        ensureRow(job);
        if (!takeLease(job)) {
            throw JobProblems.startUnderWay(job);
        }
        try {
            Optional<Long> running = runningExecution(job);
            if (running.isPresent()) {
                throw JobProblems.alreadyRunning(job, running.get());
            }
            long id = start.getAsLong();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "insert into job_run (execution_id, job_name, instance_id, started_by, started_at) values (?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, job);
                s.setString(3, instance.id());
                s.setString(4, startedBy);
                s.setTimestamp(5, Timestamp.from(clock.instant()));
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Execution " + id + " of " + job + " started, but could not be recorded: "
                        + e.getMessage(), e);
            }
            return id;
        } finally {
            update("update job_schedule set starting_by = null, starting_until = null where job_name = ? and starting_by = ?",
                    job, instance.id());
        }
    }

    private boolean takeLease(String job) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update job_schedule set starting_by = ?, starting_until = ? "
                        + "where job_name = ? and (starting_until is null or starting_until < ?)")) {
            s.setString(1, instance.id());
            s.setTimestamp(2, Timestamp.from(now.plus(START_LEASE)));
            s.setString(3, job);
            s.setTimestamp(4, Timestamp.from(now));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start lease of " + job + ": " + e.getMessage(), e);
        }
    }

    private void ensureRow(String job) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into job_schedule (job_name) select ? where not exists "
                        + "(select 1 from job_schedule where job_name = ?)")) {
            s.setString(1, job);
            s.setString(2, job);
            s.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) { // another instance entered it at the same moment
                throw new IllegalStateException("Could not prepare the schedule row of " + job + ": " + e.getMessage(), e);
            }
        }
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the job bookkeeping: " + e.getMessage(), e);
        }
    }

    private Optional<String> text(String sql, long executionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, executionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the job bookkeeping: " + e.getMessage(), e);
        }
    }
}
