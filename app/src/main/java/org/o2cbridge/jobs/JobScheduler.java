package org.o2cbridge.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.o2cbridge.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each job on its schedule ({@code o2c.jobs.<job>.schedule}, a cron expression in
 * {@code o2c.jobs.time-zone}; {@code off} or empty switches it off, and
 * {@code o2c.jobs.schedules.enabled=false} switches every schedule off). Every instance on the
 * database plans the same firings; the first to claim a firing in the database runs it
 * ({@link JobStarts#claimFiring}), and the start itself is refused while the job still runs, so a
 * scheduled job never runs twice, whatever the number of instances. A schedule that cannot be read
 * stops the application from starting, naming the key.
 */
@ApplicationScoped
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    static final String STARTED_BY = "schedule";

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Instance<JobDescription> descriptions;

    @Inject
    Config config;

    @Inject
    JobStarts starts;

    @Inject
    Clock clock;

    private final Map<String, JobSchedule> schedules = new ConcurrentHashMap<>();
    private final Map<String, Planned> planned = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    private record Planned(ZonedDateTime at, ScheduledFuture<?> future) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        ZoneId zone = ZoneId.of(config.getOptionalValue("o2c.jobs.time-zone", String.class).orElse("UTC"));
        boolean enabled = config.getOptionalValue("o2c.jobs.schedules.enabled", Boolean.class).orElse(true);
        for (JobDescription job : descriptions) {
            JobSchedule.of(job.name(), config.getOptionalValue("o2c.jobs." + job.name() + ".schedule", String.class)
                    .orElse(null), zone).ifPresent(schedule -> schedules.put(job.name(), schedule));
        }
        if (!enabled) {
            LOG.info(() -> "Job schedules are switched off (o2c.jobs.schedules.enabled=false)");
            return;
        }
        schedules.values().forEach(schedule -> plan(schedule, ZonedDateTime.now(clock).withZoneSameInstant(zone)));
    }

    /** The job's schedule, if it has one that is on. */
    public Optional<JobSchedule> scheduleOf(String job) {
        return Optional.ofNullable(schedules.get(job));
    }

    /** When the job runs next by its schedule, if it is planned. */
    public Optional<Instant> nextFiring(String job) {
        return Optional.ofNullable(planned.get(job)).map(p -> p.at().toInstant());
    }

    private void plan(JobSchedule schedule, ZonedDateTime after) {
        if (stopped) {
            return;
        }
        ZonedDateTime at = schedule.nextAfter(after);
        long delay = Math.max(0, Duration.between(clock.instant(), at.toInstant()).toMillis());
        ScheduledFuture<?> future = executor.schedule(() -> fire(schedule, at), delay, TimeUnit.MILLISECONDS);
        planned.put(schedule.job(), new Planned(at, future));
    }

    /** One firing: run it when this instance claims it first, then plan the next one. */
    void fire(JobSchedule schedule, ZonedDateTime at) {
        try {
            if (starts.claimFiring(schedule.job(), at.toInstant())) {
                JobDescription job = descriptions.stream().filter(d -> d.name().equals(schedule.job())).findFirst()
                        .orElseThrow();
                long id = starts.start(schedule.job(), JobOperations.parameters(job, Map.of(), new Properties()),
                        STARTED_BY);
                LOG.info(() -> "Scheduled run of " + schedule.job() + " for " + at + ": execution " + id);
            }
        } catch (ProblemException refused) {
            LOG.info(() -> "Scheduled run of " + schedule.job() + " for " + at + " skipped: "
                    + refused.problem().detail());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled run of " + schedule.job() + " for " + at + " failed to start: "
                    + e.getMessage(), e);
        } finally {
            plan(schedule, at);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        planned.values().forEach(p -> p.future().cancel(false));
    }
}
