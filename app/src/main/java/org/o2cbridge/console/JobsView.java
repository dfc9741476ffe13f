package org.o2cbridge.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.jobs.JobOperations;
import org.o2cbridge.jobs.JobViews;
import org.o2cbridge.platform.problem.ProblemException;
import org.o2cbridge.reconciliation.ReconciliationJob;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The console's jobs page: every job, launch and stop for operators, each run's progress, and the
 * records a run skipped or rejected.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(JobsView.class.getName());

    @Inject
    transient JobOperations jobs;

    @Inject
    ConsoleUser user;

    @Inject
    ConsoleAudit audit;

    private String selectedJob;
    private Long skippedOf;
    private transient List<JobViews.Skipped> skipped = List.of();
    private final Map<String, Map<String, String>> parameterValues = new java.util.HashMap<>();

    public List<JobViews.Job> getJobs() {
        List<JobViews.Job> all = jobs.jobs();
        all.forEach(job -> parameterValues.computeIfAbsent(job.name(), name -> {
            Map<String, String> defaults = new java.util.LinkedHashMap<>();
            job.parameters().forEach(p -> defaults.put(p.name(), p.defaultValue()));
            return defaults;
        }));
        return all;
    }

    /** The parameter form's values, per job and parameter, starting at each parameter's default. */
    public Map<String, Map<String, String>> getParameterValues() {
        return parameterValues;
    }

    public String getSelectedJob() {
        if (selectedJob == null) {
            selectedJob = getJobs().stream().map(JobViews.Job::name).findFirst().orElse(null);
        }
        return selectedJob;
    }

    public void setSelectedJob(String selectedJob) {
        this.selectedJob = selectedJob;
    }

    public List<Run> getRuns() {
        return getSelectedJob() == null ? List.of()
                : jobs.executions(getSelectedJob(), 10).stream().map(Run::of).toList();
    }

    /** The findings of a reconciliation run, as the admin API's {@code report.csv} writes them. */
    public StreamedContent report(long executionId) {
        return DefaultStreamedContent.builder().name("reconciliation-" + executionId + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(jobs.reportCsv(executionId).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** Whether a run keeps a report to download. */
    public boolean hasReport(Run run) {
        return ReconciliationJob.NAME.equals(run.jobName());
    }

    /** Shows the records the run {@code executionId} skipped or rejected, as the job API lists them. */
    public void showSkipped(long executionId) {
        try {
            skipped = jobs.skipped(executionId);
            skippedOf = executionId;
        } catch (ProblemException refused) {
            skipped = List.of();
            skippedOf = null;
            message(FacesMessage.SEVERITY_ERROR, refused.problem().detail());
        }
    }

    /** The run whose skipped records are shown, or null. */
    public Long getSkippedOf() {
        return skippedOf;
    }

    public List<JobViews.Skipped> getSkipped() {
        if (skipped == null && skippedOf != null) {
            skipped = jobs.skipped(skippedOf);
        }
        return skipped;
    }

    @OperatorAction
    public void launch(String jobName) {
        try {
            Map<String, String> given = new java.util.HashMap<>(parameterValues.getOrDefault(jobName, Map.of()));
            given.values().removeIf(value -> value == null || value.isBlank());
            JobViews.Execution started = jobs.start(jobName, given, user.getName());
            selectedJob = jobName;
            audit.record(user.getName(), "job launch", jobName, "execution " + started.executionId());
            LOG.info(() -> "User '" + user.getName() + "' launched " + jobName + " as execution " + started.executionId());
            message(FacesMessage.SEVERITY_INFO, "Launched " + jobName + " (execution " + started.executionId() + ").");
        } catch (ProblemException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.problem().detail());
        }
    }

    @OperatorAction
    public void stop(long executionId) {
        try {
            jobs.stop(executionId);
            audit.record(user.getName(), "job stop", "execution " + executionId, null);
            LOG.info(() -> "User '" + user.getName() + "' stopped execution " + executionId);
            message(FacesMessage.SEVERITY_INFO, "Stopping execution " + executionId + ".");
        } catch (ProblemException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.problem().detail());
        }
    }

    @OperatorAction
    public void restart(long executionId) {
        try {
            JobViews.Execution restarted = jobs.restart(executionId, Map.of(), user.getName());
            audit.record(user.getName(), "job restart", "execution " + executionId, "execution " + restarted.executionId());
            message(FacesMessage.SEVERITY_INFO, "Restarted execution " + executionId + " as " + restarted.executionId() + ".");
        } catch (ProblemException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.problem().detail());
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /**
     * One execution as the page shows it: status, summed step counts, progress (records done against
     * the job's estimate when it gave one, else steps completed), elapsed and remaining time, and the
     * job's own word on the outcome (its exit status).
     */
    public record Run(long executionId, String jobName, String status, Instant startedAt, long read, long written, long skipped,
                      long rejected, int percent, String elapsed, String remaining, Long estimatedTotal, String outcome,
                      boolean running) implements Serializable {

        public boolean isRestartable() {
            return "STOPPED".equals(status) || "FAILED".equals(status);
        }

        static Run of(JobViews.Execution execution) {
            JobViews.Progress progress = execution.progress();
            long read = Math.max(sum(execution, "read"), progress == null ? 0 : progress.done());
            long written = sum(execution, "write");
            long skipped = execution.steps().stream().mapToLong(JobViews.Step::skipped).sum();
            long rejected = execution.steps().stream().mapToLong(JobViews.Step::rejected).sum();
            boolean running = "STARTING".equals(execution.batchStatus()) || "STARTED".equals(execution.batchStatus())
                    || "STOPPING".equals(execution.batchStatus());
            int percent = "COMPLETED".equals(execution.batchStatus()) ? 100
                    : progress != null ? progress.percent()
                    : running ? (int) Math.min(99, done(execution) * 100 / Math.max(1, execution.steps().size() + 1)) : 0;
            String remaining = progress == null || progress.remainingSeconds() == null ? ""
                    : format(Duration.ofSeconds(progress.remainingSeconds()));
            String outcome = execution.exitStatus() == null || execution.exitStatus().equals(execution.batchStatus()) ? ""
                    : execution.exitStatus();
            Instant start = execution.startedAt() == null ? execution.createdAt() : execution.startedAt();
            Instant end = execution.endedAt() == null ? Instant.now() : execution.endedAt();
            String elapsed = start == null ? "" : format(Duration.between(start, end));
            return new Run(execution.executionId(), execution.jobName(), execution.batchStatus(), start, read, written, skipped, rejected,
                    percent, elapsed, remaining, progress == null ? null : progress.estimatedTotal(), outcome, running);
        }

        private static long done(JobViews.Execution execution) {
            return execution.steps().stream().filter(s -> "COMPLETED".equals(s.batchStatus())).count();
        }

        private static long sum(JobViews.Execution execution, String metric) {
            return execution.steps().stream().mapToLong(s -> s.metrics().getOrDefault(metric, 0L)).sum();
        }

        private static String format(Duration duration) {
            long seconds = Math.max(0, duration.toSeconds());
            return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
        }
    }
}
