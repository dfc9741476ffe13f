package org.o2cbridge.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.JobOperations;
import org.o2cbridge.jobs.JobViews;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The dashboard: orders received, synced and failed (today in UTC, last hour) and per minute over
 * the last hour (a chart), each external system's calls, throttles and readiness, the outbox
 * backlog, open dead letters by system and reason, and the last run of every job. The page polls
 * {@link #refresh()} every few seconds.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DashboardQueries queries;

    @Inject
    transient JobOperations jobs;

    @Inject
    transient Clock clock;

    @Inject
    transient ExternalSystems externalSystems;

    private Figures figures;
    private List<JobsView.Run> lastRuns;
    private List<String> jobNames;
    private List<ExternalSystems.SystemStatus> systems;
    private Throughput throughput;

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        Instant now = clock.instant();
        Instant today = now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        DashboardQueries.Backlog backlog = queries.backlog();
        figures = new Figures(now, queries.received(today), queries.received(hourAgo), queries.synced(today),
                queries.synced(hourAgo), queries.failed(today), queries.failed(hourAgo), backlog.waiting(),
                backlog.oldestEnqueuedAt() == null ? "none waiting"
                        : backlog.oldestEnqueuedAt() + " (" + Duration.between(backlog.oldestEnqueuedAt(), now).toSeconds() + " s ago)",
                queries.deadLetters());
        systems = externalSystems.statuses();
        Instant window = now.minus(Duration.ofMinutes(Throughput.MINUTES));
        throughput = Throughput.of(now, queries.receivedTimes(window), queries.syncedTimes(window));
        List<JobViews.Job> all = jobs.jobs();
        jobNames = all.stream().map(JobViews.Job::name).toList();
        lastRuns = all.stream().flatMap(job -> jobs.executions(job.name(), 1).stream()).map(JobsView.Run::of).toList();
    }

    public Figures getFigures() {
        return figures;
    }

    public List<JobsView.Run> getLastRuns() {
        return lastRuns;
    }

    public List<ExternalSystems.SystemStatus> getSystems() {
        return systems;
    }

    public Throughput getThroughput() {
        return throughput;
    }

    public List<String> getJobNames() {
        return jobNames;
    }

    /** What the dashboard shows at one moment. */
    public record Figures(Instant at, long receivedToday, long receivedLastHour, long syncedToday, long syncedLastHour,
                          long failedToday, long failedLastHour, long waiting, String oldestWaiting,
                          List<DashboardQueries.DeadLetterGroup> deadLetters) implements Serializable {
    }
}
