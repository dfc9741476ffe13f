package org.o2cbridge.sandbox.d365.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.o2cbridge.sandbox.d365.odata.ODataException;
import org.o2cbridge.sandbox.netsuite.billing.BillingPlan;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The simulated environment's customer payment journals, the data entities
 * {@code CustomerPaymentJournalHeaders} (a journal, {@code IsPosted} {@code Yes} or {@code No})
 * and {@code CustomerPaymentJournalLines} (its payment lines), made with the invoices
 * ({@link D365InvoiceHistory}) from the same plan: each invoice (not credit note) is paid in full,
 * with probability {@code paidShare} (a random sequence of its own, so the invoices stay those of
 * the plan), by a line of one posted journal ({@code CPJ-} and the minute of the plan's start)
 * that marks it ({@code MarkedInvoice}, {@code MarkedInvoiceCompany}), dated on the invoice's day;
 * the posted journal also holds a payment on account (no marked invoice) of the first invoice's
 * customer, and an unposted journal ({@code CPD-}) pays the first invoice again, a payment the
 * billing job must not read.
 *
 * <p>Queries honour what the billing job sends: on the headers, {@code $filter} of
 * {@code IsPosted eq …'Yes'|'No'}; on the lines, {@code TransactionDate ge <date>},
 * {@code CreditAmount gt 0} and {@code (dataAreaId ne '…' or JournalBatchNumber ne '…')} joined by
 * {@code and}, {@code $orderby} of {@code dataAreaId,JournalBatchNumber,LineNumber}; on both
 * {@code $top}, {@code $skip}, {@code $count=true}, {@code $select}, {@code cross-company=true}
 * (else the default company only) and server-driven paging with {@code @odata.nextLink}.
 */
@ApplicationScoped
public class D365PaymentJournals {

    public static final String HEADERS = "CustomerPaymentJournalHeaders";
    public static final String LINES = "CustomerPaymentJournalLines";
    private static final Pattern POSTED = Pattern.compile("\\s*IsPosted\\s+eq\\s+(?:[\\w.]+)?'(Yes|No)'\\s*");
    private static final Pattern DATE_FROM = Pattern.compile("\\s*TransactionDate\\s+ge\\s+(\\S+)\\s*");
    private static final Pattern CREDIT = Pattern.compile("\\s*CreditAmount\\s+gt\\s+0\\s*");
    private static final Pattern NOT_JOURNAL = Pattern.compile(
            "\\s*\\(\\s*dataAreaId\\s+ne\\s+'([^']*)'\\s+or\\s+JournalBatchNumber\\s+ne\\s+'([^']*)'\\s*\\)\\s*");
    private static final Set<String> LINE_ORDERS = Set.of("", "dataAreaId,JournalBatchNumber,LineNumber");
    private static final Comparator<JsonObject> LINE_ORDER = Comparator.comparing((JsonObject l) -> l.getString("dataAreaId"))
            .thenComparing(l -> l.getString("JournalBatchNumber")).thenComparing(l -> l.getInt("LineNumber"));

    private List<JsonObject> headers = List.of();
    private List<JsonObject> lines = List.of();

    public synchronized List<JsonObject> headers() {
        return headers;
    }

    public synchronized List<JsonObject> lines() {
        return lines;
    }

    public synchronized void clear() {
        headers = List.of();
        lines = List.of();
    }

    /** Replaces the journals with the plan's payments of {@code invoices}. */
    public synchronized void generate(BillingPlan plan, List<JsonObject> invoices) {
        Random random = new Random(plan.seed() + 1);
        String minute = Long.toString(plan.since().getEpochSecond() / 60);
        List<JsonObject> paid = invoices.stream()
                .filter(i -> i.getJsonNumber("TotalInvoiceAmount").bigDecimalValue().signum() > 0)
                .filter(i -> random.nextDouble() < plan.paidShare()).toList();
        List<JsonObject> newHeaders = new ArrayList<>();
        List<JsonObject> newLines = new ArrayList<>();
        if (invoices.isEmpty()) {
            headers = List.of();
            lines = List.of();
            return;
        }
        JsonObject first = invoices.get(0);
        String company = first.getString("dataAreaId");
        String posted = "CPJ-" + minute;
        String draft = "CPD-" + minute;
        newHeaders.add(header(company, posted, "Yes"));
        newHeaders.add(header(company, draft, "No"));
        int line = 0;
        for (JsonObject invoice : paid) {
            newLines.add(line(invoice.getString("dataAreaId"), posted, ++line, invoice,
                    invoice.getJsonNumber("TotalInvoiceAmount").bigDecimalValue(), true));
        }
        newLines.add(line(company, posted, ++line, first, new BigDecimal("25.00"), false));
        newLines.add(line(company, draft, 1, first, first.getJsonNumber("TotalInvoiceAmount").bigDecimalValue().abs(),
                true));
        headers = List.copyOf(newHeaders);
        lines = List.copyOf(newLines);
    }

    private static JsonObject header(String company, String journal, String posted) {
        return Json.createObjectBuilder().add("dataAreaId", company).add("JournalBatchNumber", journal)
                .add("JournalName", "CustPay").add("Description", "Customer payments").add("IsPosted", posted).build();
    }

    private static JsonObject line(String company, String journal, int number, JsonObject invoice, BigDecimal amount,
                                   boolean marked) {
        JsonObjectBuilder row = Json.createObjectBuilder().add("dataAreaId", company).add("JournalBatchNumber", journal)
                .add("LineNumber", number).add("AccountType", "Cust")
                .add("AccountDisplayValue", invoice.getString("InvoiceCustomerAccountNumber", ""))
                .add("CreditAmount", amount).add("DebitAmount", BigDecimal.ZERO)
                .add("CurrencyCode", invoice.getString("CurrencyCode", "USD"))
                .add("TransactionDate", invoice.getString("InvoiceDate"))
                .add("PaymentReference", "REF-" + journal + "-" + number)
                .add("PaymentMethodName", "ELECTRONIC")
                .add("Voucher", "ARP-" + journal.substring(4) + "-" + number);
        if (marked) {
            row.add("MarkedInvoice", invoice.getString("InvoiceNumber")).add("MarkedInvoiceCompany", company);
        } else {
            row.add("MarkedInvoice", "").add("MarkedInvoiceCompany", "");
        }
        return row.build();
    }

    /** A query of the headers, answered as F&O answers it. */
    public JsonObject queryHeaders(Map<String, String> options, String serviceRoot, String defaultCompany) {
        Predicate<JsonObject> test = h -> true;
        String filter = options.get("$filter");
        if (filter != null && !filter.isBlank()) {
            Matcher posted = POSTED.matcher(filter);
            if (!posted.matches()) {
                throw ODataException.badRequest("The simulator filters " + HEADERS + " only on IsPosted eq …'Yes'|'No': "
                        + filter);
            }
            String wanted = posted.group(1);
            test = h -> h.getString("IsPosted").equals(wanted);
        }
        List<JsonObject> matching = headers().stream().filter(test)
                .filter(companies(options, defaultCompany))
                .sorted(Comparator.comparing((JsonObject h) -> h.getString("dataAreaId"))
                        .thenComparing(h -> h.getString("JournalBatchNumber"))).toList();
        return D365InvoiceHistory.page(HEADERS, matching, options, serviceRoot);
    }

    /** A query of the lines, answered as F&O answers it. */
    public JsonObject queryLines(Map<String, String> options, String serviceRoot, String defaultCompany) {
        String orderBy = options.getOrDefault("$orderby", "").replaceAll("\\s*,\\s*", ",").strip();
        if (!LINE_ORDERS.contains(orderBy)) {
            throw ODataException.badRequest("The simulator orders " + LINES + " only by "
                    + "dataAreaId,JournalBatchNumber,LineNumber: " + orderBy);
        }
        Instant from = Instant.EPOCH;
        boolean credits = false;
        Set<String> excluded = new HashSet<>();
        String filter = options.get("$filter");
        if (filter != null && !filter.isBlank()) {
            for (String part : filter.split("\\s+and\\s+")) {
                Matcher date = DATE_FROM.matcher(part);
                Matcher journal = NOT_JOURNAL.matcher(part);
                if (date.matches()) {
                    from = D365InvoiceHistory.instant(date.group(1));
                } else if (CREDIT.matcher(part).matches()) {
                    credits = true;
                } else if (journal.matches()) {
                    excluded.add(journal.group(1).toLowerCase() + "/" + journal.group(2));
                } else {
                    throw ODataException.badRequest("The simulator filters " + LINES + " only on TransactionDate ge "
                            + "<date>, CreditAmount gt 0 and (dataAreaId ne '…' or JournalBatchNumber ne '…'): " + filter);
                }
            }
        }
        Instant lower = from;
        boolean onlyCredits = credits;
        List<JsonObject> matching = lines().stream()
                .filter(l -> !D365InvoiceHistory.instant(l.getString("TransactionDate")).isBefore(lower))
                .filter(l -> !onlyCredits || l.getJsonNumber("CreditAmount").bigDecimalValue().signum() > 0)
                .filter(l -> !excluded.contains(l.getString("dataAreaId").toLowerCase() + "/"
                        + l.getString("JournalBatchNumber")))
                .filter(companies(options, defaultCompany))
                .sorted(LINE_ORDER).toList();
        return D365InvoiceHistory.page(LINES, matching, options, serviceRoot);
    }

    private static Predicate<JsonObject> companies(Map<String, String> options, String defaultCompany) {
        boolean crossCompany = "true".equalsIgnoreCase(options.get("cross-company"));
        return row -> crossCompany || row.getString("dataAreaId").equalsIgnoreCase(defaultCompany);
    }
}
