package org.o2cbridge.jobs;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Starts, stops and restarts the application's batch jobs through Jakarta Batch's
 * {@link JobOperator}, checking parameters against each job's {@link JobDescription} first, and
 * reads their executions from the job repository with the records the runs set aside.
 */
@ApplicationScoped
public class JobOperations {

    @Inject
    Instance<JobDescription> descriptions;

    @Inject
    SkippedRecordRepository skippedRecords;

    public List<JobViews.Job> jobs() {
        return descriptions.stream().sorted(Comparator.comparing(JobDescription::name))
                .map(d -> new JobViews.Job(d.name(), d.summary(), d.parameters())).toList();
    }

    public JobViews.Execution start(String jobName, Map<String, String> given) {
        JobDescription job = description(jobName);
        long id = operator().start(job.name(), parameters(job, given, new Properties()));
        return execution(id);
    }

    public JobViews.Execution restart(long executionId, Map<String, String> given) {
        JobExecution previous = jobExecution(executionId);
        JobDescription job = description(previous.getJobName());
        Properties original = previous.getJobParameters() == null ? new Properties() : previous.getJobParameters();
        try {
            return execution(operator().restart(executionId, parameters(job, given, original)));
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
                parameters, steps);
    }

    public List<JobViews.Skipped> skipped(long executionId) {
        jobExecution(executionId);
        return skippedRecords.ofExecution(executionId).stream().map(JobViews.Skipped::of).toList();
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

    /** The given parameters over {@code base}, each known to the job and valid; the rest take their defaults. */
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
        return parameters;
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
