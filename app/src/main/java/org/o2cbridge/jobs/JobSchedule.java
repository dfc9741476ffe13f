package org.o2cbridge.jobs;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * When a job runs by itself: a Unix cron expression ({@code minute hour day-of-month month
 * day-of-week}, e.g. {@code 0 2 * * *} for 02:00 every night) in a time zone, read by cron-utils.
 * Empty or {@code off} switches the schedule off.
 */
public record JobSchedule(String job, String expression, ZoneId zone) {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    /** The schedule configured for {@code job}, if it is on; an unreadable expression is refused with its reason. */
    public static Optional<JobSchedule> of(String job, String expression, ZoneId zone) {
        if (expression == null || expression.isBlank() || expression.strip().toLowerCase(Locale.ROOT).equals("off")) {
            return Optional.empty();
        }
        try {
            UNIX.parse(expression.strip()).validate();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("o2c.jobs." + job + ".schedule is not a cron expression (minute hour "
                    + "day-of-month month day-of-week, e.g. \"0 2 * * *\"): \"" + expression + "\": " + e.getMessage(), e);
        }
        return Optional.of(new JobSchedule(job, expression.strip(), zone));
    }

    /** The first firing strictly after {@code time}. */
    public ZonedDateTime nextAfter(ZonedDateTime time) {
        return ExecutionTime.forCron(UNIX.parse(expression)).nextExecution(time.withZoneSameInstant(zone))
                .orElseThrow(() -> new IllegalStateException("\"" + expression + "\" never fires again"));
    }
}
