package org.o2cbridge.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.jobs.ErpPorts;
import org.o2cbridge.jobs.JobDescription;
import org.o2cbridge.jobs.JobParameter;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads years of the ERP's sales orders, with their lines, into Salesforce. */
@ApplicationScoped
public class HistoricalOrderMigrationJob implements JobDescription {

    public static final String NAME = "historical-order-migration";
    static final String DEFAULT_FROM = "2000-01-01";

    @Inject
    Instance<OrderHistorySource> sources;

    @Inject
    @ConfigProperty(name = "o2c.erp.default-system", defaultValue = "netsuite")
    String defaultSystem;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "The ERP's sales orders dated from 'from' up to (not including) 'to', with their lines, upserted into "
                + "Salesforce by the ERP's keys with Bulk API 2.0; a dry run only counts them and shows a sample.";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(
                ErpPorts.parameter(sources, defaultSystem, "the ERP whose sales-order history is loaded"),
                JobParameter.date("from", DEFAULT_FROM, "the first order date to load"),
                JobParameter.date("to", "", "the day after the last order date to load; empty: through today"),
                JobParameter.number("partitions", 4, 1, 16, "date ranges loaded side by side, each in a thread of its own"),
                JobParameter.number("pageSize", 1000, 1, 1000, "orders read from the ERP per query"),
                JobParameter.number("chunkSize", 2000, 1, 10_000, "orders per chunk: one checkpoint, one Bulk API job "
                        + "for the orders and one for their lines"),
                JobParameter.yesNo("dryRun", false, "read and count only; write nothing to Salesforce"));
    }

    @Override
    public Optional<String> problemWith(Map<String, String> parameters) {
        try {
            range(parameters.get("from"), parameters.get("to"));
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.of(e.getMessage() + ".");
        }
    }

    /** The dates a run covers: {@code to} empty or absent means through today (UTC). */
    static DateRange range(String from, String to) {
        LocalDate start = LocalDate.parse(from == null || from.isBlank() ? DEFAULT_FROM : from.strip());
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(ZoneOffset.UTC).plusDays(1) : LocalDate.parse(to.strip());
        return new DateRange(start, end);
    }
}
