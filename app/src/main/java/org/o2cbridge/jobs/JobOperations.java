package org.o2cbridge.jobs;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.o2cbridge.reconciliation.ReconciliationJob;
import org.o2cbridge.reconciliation.ReconciliationReportRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Starts, stops and restarts the application's batch jobs through Jakarta Batch's
 * {@link JobOperator}, checking parameters against each job's {@link JobDescription} first, and
 * reads their executions from the job repository with the records the runs set aside.
 */
@ApplicationScoped
public class JobOperations {

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    @Inject
    Instance<JobDescription> descriptions;

    @Inject
    SkippedRecordRepository skippedRecords;

    @Inject
    ReconciliationReportRepository reports;

    @Inject
    JobEstimateRepository estimates;

    @Inject
    Clock clock;

    @Inject
    JobStarts starts;

    @Inject
    JobScheduler scheduler;

    public List<JobViews.Job> jobs() {
        return descriptions.stream().sorted(Comparator.comparing(JobDescription::name))
                .map(d -> {
                    Optional<JobSchedule> schedule = scheduler.scheduleOf(d.name());
                    return new JobViews.Job(d.name(), d.summary(), d.parameters(),
                            schedule.map(JobSchedule::expression).orElse(null),
                            schedule.map(s -> s.zone().getId()).orElse(null),
                            scheduler.nextFiring(d.name()).orElse(null));
                }).toList();
    }

    /** Starts the job; refused while it runs (a job never runs twice at once). */
    public JobViews.Execution start(String jobName, Map<String, String> given, String startedBy) {
        JobDescription job = description(jobName);
        return execution(starts.start(job.name(), parameters(job, given, new Properties()), startedBy));
    }

    /**
     * Starts a new execution in place of a stale one (left running by a bridge instance that
     * stopped), with its parameters: the job carries on from its committed position.
     */
    public JobViews.Execution resume(long executionId, String startedBy) {
        JobExecution stale = jobExecution(executionId);
        if (!starts.isStale(executionId)) {
            throw JobProblems.notStale(executionId, String.valueOf(stale.getBatchStatus()));
        }
        JobDescription job = description(stale.getJobName());
        Properties original = stale.getJobParameters() == null ? new Properties() : stale.getJobParameters();
        return execution(starts.resume(job.name(), executionId, parameters(job, Map.of(), original), startedBy));
    }

    public JobViews.Execution restart(long executionId, Map<String, String> given, String startedBy) {
        JobExecution previous = jobExecution(executionId);
        JobDescription job = description(previous.getJobName());
        Properties original = previous.getJobParameters() == null ? new Properties() : previous.getJobParameters();
        try {
            return execution(starts.restart(job.name(), executionId, parameters(job, given, original), startedBy));
        } catch (JobExecutionAlreadyCompleteException e) {
            throw JobProblems.notRestartable(executionId, "it completed.");
        } catch (JobExecutionNotMostRecentException e) {
            throw JobProblems.notRestartable(executionId, "it is not the latest execution of its job instance.");
        } catch (JobRestartException e) {
            throw JobProblems.notRestartable(executionId, "it is " + previous.getBatchStatus()
                    + " (only STOPPED or FAILED executions restart).");
        }
    }

    public JobViews.Execution stop(long executionId) {
        jobExecution(executionId);
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw JobProblems.notRunning(executionId);
        }
        return execution(executionId);
    }

    public List<JobViews.Execution> executions(String jobName, int limit) {
        JobDescription job = description(jobName);
        List<JobInstance> instances;
        try {
            instances = operator().getJobInstances(job.name(), 0, limit);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        instances.forEach(instance -> operator().getJobExecutions(instance).forEach(e -> ids.add(e.getExecutionId())));
        return ids.stream().sorted(Comparator.reverseOrder()).limit(limit).map(this::execution).toList();
    }

    public JobViews.Execution execution(long executionId) {
        JobExecution execution = jobExecution(executionId);
        Map<String, Long> skipped = new TreeMap<>();
        skippedRecords.ofExecution(executionId).forEach(r -> skipped.merge(r.stepName() + "/" + r.kind(), 1L, Long::sum));
        List<JobViews.Step> steps = operator().getStepExecutions(executionId).stream()
                .sorted(Comparator.comparing(StepExecution::getStepExecutionId))
                .map(step -> new JobViews.Step(step.getStepName(), String.valueOf(step.getBatchStatus()),
                        step.getExitStatus(), instant(step.getStartTime()), instant(step.getEndTime()),
                        metrics(step.getMetrics()),
                        skipped.getOrDefault(step.getStepName() + "/" + SkippedRecords.SKIPPED, 0L),
                        skipped.getOrDefault(step.getStepName() + "/" + SkippedRecords.REJECTED, 0L)))
                .toList();
        Map<String, String> parameters = new TreeMap<>();
        if (execution.getJobParameters() != null) {
            execution.getJobParameters().stringPropertyNames()
                    .forEach(name -> parameters.put(name, execution.getJobParameters().getProperty(name)));
        }
        return new JobViews.Execution(executionId, operator().getJobInstance(executionId).getInstanceId(),
                execution.getJobName(), String.valueOf(execution.getBatchStatus()), execution.getExitStatus(),
                instant(execution.getCreateTime()), instant(execution.getStartTime()), instant(execution.getEndTime()),
                parameters, steps, starts.startedBy(executionId).orElse(null),
                RUNNING.contains(execution.getBatchStatus()) && starts.isStale(executionId),
                starts.resumedAs(executionId).orElse(null),
                estimates.of(executionId).map(estimate -> JobViews.Progress.of(Math.max(estimate.done(), read(steps)),
                        estimate.estimatedTotal(),
                        execution.getBatchStatus() == BatchStatus.COMPLETED, RUNNING.contains(execution.getBatchStatus()),
                        instant(execution.getStartTime()), clock.instant())).orElse(null));
    }

    public List<JobViews.Skipped> skipped(long executionId) {
        jobExecution(executionId);
        return skippedRecords.ofExecution(executionId).stream().map(JobViews.Skipped::of).toList();
    }

    /** The report of a reconciliation run as CSV; 404 for an unknown execution or one of another job. */
    public String reportCsv(long executionId) {
        JobExecution execution = jobExecution(executionId);
        if (!ReconciliationJob.NAME.equals(execution.getJobName())) {
            throw JobProblems.noReport(executionId, execution.getJobName());
        }
        return reports.csv(executionId);
    }

    private JobExecution jobExecution(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            descriptions.stream().filter(d -> d.name().equals(execution.getJobName())).findFirst()
                    .orElseThrow(() -> JobProblems.unknownExecution(executionId));
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw JobProblems.unknownExecution(executionId);
        }
    }

    private JobDescription description(String jobName) {
        return descriptions.stream().filter(d -> d.name().equals(jobName)).findFirst()
                .orElseThrow(() -> JobProblems.unknownJob(jobName));
    }

    /**
     * The given parameters over {@code base}, each known to the job and valid; the rest take their
     * defaults. A choice's default (such as the {@code erp} a job works with, which follows the
     * bridge's configuration) is written into the parameters, so the run keeps it for a restart and
     * its job XML needs none; the others' defaults are the job XML's.
     */
    static Properties parameters(JobDescription job, Map<String, String> given, Properties base) {
        Properties parameters = new Properties();
        base.stringPropertyNames().forEach(name -> parameters.setProperty(name, base.getProperty(name)));
        for (Map.Entry<String, String> entry : given.entrySet()) {
            JobParameter parameter = job.parameters().stream().filter(p -> p.name().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> JobProblems.invalidParameter(job.name() + " has no parameter '" + entry.getKey()
                            + "'; it takes " + job.parameters().stream().map(JobParameter::name).toList() + "."));
            parameter.problemWith(entry.getValue()).ifPresent(problem -> {
                throw JobProblems.invalidParameter(problem);
            });
            parameters.setProperty(entry.getKey(), entry.getValue().strip());
        }
        job.problemWith(given).ifPresent(problem -> {
            throw JobProblems.invalidParameter(problem);
        });
        job.parameters().stream().filter(p -> p.kind() == JobParameter.Kind.CHOICE)
                .filter(p -> parameters.getProperty(p.name()) == null)
                .forEach(p -> parameters.setProperty(p.name(), p.defaultValue()));
        return parameters;
    }

    /** Records the steps have read, as the batch runtime counts them at each checkpoint. */
    private static long read(List<JobViews.Step> steps) {
        return steps.stream().mapToLong(step -> step.metrics().getOrDefault("read", 0L)).sum();
    }

    private static Map<String, Long> metrics(Metric[] metrics) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Metric metric : metrics == null ? new Metric[0] : metrics) {
            counts.put(name(metric.getType()), metric.getValue());
        }
        return counts;
    }

    private static String name(Metric.MetricType type) {
        return switch (type) {
            case READ_COUNT -> "read";
            case WRITE_COUNT -> "write";
            case COMMIT_COUNT -> "commit";
            case ROLLBACK_COUNT -> "rollback";
            case READ_SKIP_COUNT -> "readSkip";
            case PROCESS_SKIP_COUNT -> "processSkip";
            case FILTER_COUNT -> "filter";
            case WRITE_SKIP_COUNT -> "writeSkip";
        };
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
