package org.o2cbridge.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the jobs admin API answers: jobs, executions with their steps' counts, skipped records. */
public final class JobViews {

    private JobViews() {
    }

    /**
     * A job, its parameters and its schedule: the cron expression and time zone when it runs by
     * itself ({@code null} when it does not), and its next planned firing ({@code null} when none
     * is planned: schedules switched off).
     */
    public record Job(String name, String summary, List<JobParameter> parameters, String schedule, String timeZone,
                      Instant nextScheduledRun) {
    }

    /**
     * An execution as the batch runtime keeps it, with who started it ({@code schedule} or the
     * operator; {@code null} for one not started through the bridge), whether it is {@code stale}
     * (the runtime still shows it running, but the bridge instance that ran it has stopped: its JVM
     * was killed) and, once resumed, the execution that took over ({@code resumedAs}); and its
     * {@code progress} when the job estimated its work ({@code null} when it did not).
     */
    public record Execution(long executionId, long instanceId, String jobName, String batchStatus, String exitStatus,
                            Instant createdAt, Instant startedAt, Instant endedAt, Map<String, String> parameters,
                            List<Step> steps, String startedBy, boolean stale, Long resumedAs, Progress progress) {
    }

    /**
     * Records done against the estimated total, as a percentage (100 once the execution completed),
     * and, while it runs, the seconds it may still take at the pace so far ({@code null} before
     * there is a pace).
     */
    public record Progress(long done, long estimatedTotal, int percent, Long remainingSeconds) {

        static Progress of(long done, long estimatedTotal, boolean completed, boolean running, Instant startedAt, Instant now) {
            int percent = completed ? 100 : estimatedTotal <= 0 ? 0
                    : (int) Math.min(99, done * 100 / estimatedTotal);
            Long remaining = null;
            if (running && startedAt != null && done > 0 && estimatedTotal > done) {
                long elapsed = Math.max(0, now.getEpochSecond() - startedAt.getEpochSecond());
                remaining = elapsed * (estimatedTotal - done) / done;
            }
            return new Progress(done, estimatedTotal, percent, remaining);
        }
    }

    /**
     * A step's counts as the batch runtime keeps them ({@code read}, {@code write}, {@code filter},
     * {@code commit}, {@code rollback}, {@code readSkip}, {@code processSkip}, {@code writeSkip}),
     * beside the records it set aside ({@code skipped}) and those the target refused
     * ({@code rejected}) as recorded by the job.
     */
    public record Step(String stepName, String batchStatus, String exitStatus, Instant startedAt, Instant endedAt,
                       Map<String, Long> metrics, long skipped, long rejected) {
    }

    public record Skipped(String stepName, String recordKey, String kind, String reason, Instant recordedAt) {

        static Skipped of(SkippedRecord record) {
            return new Skipped(record.stepName(), record.recordKey(), record.kind(), record.reason(), record.recordedAt());
        }
    }
}
