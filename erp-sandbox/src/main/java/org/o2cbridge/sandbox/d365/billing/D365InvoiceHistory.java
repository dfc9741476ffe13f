package org.o2cbridge.sandbox.d365.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.o2cbridge.sandbox.d365.odata.ODataException;
import org.o2cbridge.sandbox.netsuite.billing.BillingPlan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The simulated environment's posted sales invoices, the data entity {@code SalesInvoiceHeadersV2},
 * generated from a seed ({@link BillingPlan}) for the sales orders it holds: invoices (positive
 * {@code TotalInvoiceAmount}) and, with probability {@code creditShare}, credit notes of a tenth of
 * an invoice (negative), one minute apart from {@code since}; {@code unlinkedInvoices} more for
 * sales orders it does not hold. Invoice numbers are {@code CIV-}/{@code CCN-} and the minute of
 * the posting since the epoch, so the same plan gives the same invoices and a later history never
 * reuses numbers. Like the entity, a row has no change time, only its {@code InvoiceDate}.
 * Customer payments of them are {@link D365PaymentJournals}.
 *
 * <p>Queries honour what the billing job sends: {@code $filter} of {@code InvoiceDate ge <date>}
 * and {@code dataAreaId eq '…'} joined by {@code and}; {@code $orderby} of
 * {@code InvoiceDate,dataAreaId,InvoiceNumber}; {@code $top}, {@code $skip}, {@code $count=true},
 * {@code $select}, {@code cross-company=true} (else the default company only); and server-driven
 * paging of {@value #PAGE_SIZE} rows with {@code @odata.nextLink}.
 */
@ApplicationScoped
public class D365InvoiceHistory {

    public static final String ENTITY_SET = "SalesInvoiceHeadersV2";
    /** Rows a page holds at most, as one captured environment served them. */
    static final int PAGE_SIZE = 1_000;
    private static final Pattern DATE_FROM = Pattern.compile("\\s*InvoiceDate\\s+ge\\s+(\\S+)\\s*");
    private static final Pattern COMPANY = Pattern.compile("\\s*dataAreaId\\s+eq\\s+'([^']*)'\\s*");
    private static final Set<String> ORDERS = Set.of("", "InvoiceDate,dataAreaId,InvoiceNumber");
    private static final Comparator<JsonObject> ORDER = Comparator.comparing((JsonObject i) -> i.getString("InvoiceDate"))
            .thenComparing(i -> i.getString("dataAreaId")).thenComparing(i -> i.getString("InvoiceNumber"));

    private List<JsonObject> invoices = List.of();

    public synchronized List<JsonObject> invoices() {
        return invoices;
    }

    public synchronized void clear() {
        invoices = List.of();
    }

    /** Replaces the invoices with the plan's for the given sales order headers. */
    public synchronized List<JsonObject> generate(BillingPlan plan, List<JsonObject> salesOrders) {
        Random random = new Random(plan.seed());
        List<JsonObject> generated = new ArrayList<>();
        long[] sequence = {0};
        java.util.function.Supplier<Instant> next = () -> plan.since().plusSeconds(60 * ++sequence[0]);
        List<JsonObject> ordered = salesOrders.stream().sorted(Comparator.comparing((JsonObject o) -> o.getString("dataAreaId"))
                .thenComparing(o -> o.getString("SalesOrderNumber"))).toList();
        List<String[]> targets = new ArrayList<>();
        for (JsonObject order : ordered) {
            for (int i = 0; i < plan.invoicesPerOrder(); i++) {
                targets.add(new String[] {order.getString("dataAreaId"), order.getString("SalesOrderNumber"),
                        order.getString("InvoiceCustomerAccountNumber", order.getString("OrderingCustomerAccountNumber", null)),
                        order.getString("CurrencyCode", "USD")});
            }
        }
        for (int i = 0; i < plan.unlinkedInvoices(); i++) {
            targets.add(new String[] {"usmf", "UNL-" + String.format("%06d", i + 1), "US-UNLINKED", "USD"});
        }
        for (String[] target : targets) {
            BigDecimal amount = BigDecimal.valueOf(1_000 + random.nextInt(999_000), 2);
            boolean credited = random.nextDouble() < plan.creditShare();
            generated.add(invoice("CIV-", next.get(), target, amount));
            if (credited) {
                generated.add(invoice("CCN-", next.get(), target,
                        amount.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP).negate()));
            }
        }
        invoices = List.copyOf(generated);
        return invoices;
    }

    private static JsonObject invoice(String prefix, Instant at, String[] target, BigDecimal amount) {
        JsonObjectBuilder row = Json.createObjectBuilder().add("dataAreaId", target[0])
                .add("InvoiceNumber", prefix + (at.getEpochSecond() / 60))
                .add("InvoiceDate", LocalDate.ofInstant(at, ZoneOffset.UTC) + "T00:00:00Z")
                .add("SalesOrderNumber", target[1]).add("TotalInvoiceAmount", amount)
                .add("TotalTaxAmount", BigDecimal.ZERO).add("CurrencyCode", target[3]);
        if (target[2] != null) {
            row.add("InvoiceCustomerAccountNumber", target[2]);
        }
        return row.build();
    }

    /** A query of the entity set, answered as F&O answers it. */
    public JsonObject query(Map<String, String> options, String serviceRoot, String defaultCompany) {
        String orderBy = options.getOrDefault("$orderby", "").replaceAll("\\s*,\\s*", ",").strip();
        if (!ORDERS.contains(orderBy)) {
            throw ODataException.badRequest("The simulator orders " + ENTITY_SET + " only by "
                    + "InvoiceDate,dataAreaId,InvoiceNumber: " + orderBy);
        }
        Instant from = Instant.EPOCH;
        String company = null;
        String filter = options.get("$filter");
        if (filter != null && !filter.isBlank()) {
            for (String part : filter.split("(?i)\\s+and\\s+")) {
                Matcher date = DATE_FROM.matcher(part);
                Matcher area = COMPANY.matcher(part);
                if (date.matches()) {
                    from = instant(date.group(1));
                } else if (area.matches()) {
                    company = area.group(1);
                } else {
                    throw ODataException.badRequest("The simulator filters " + ENTITY_SET
                            + " only on InvoiceDate ge <date> and dataAreaId eq '…': " + filter);
                }
            }
        }
        boolean crossCompany = "true".equalsIgnoreCase(options.get("cross-company"));
        Instant lower = from;
        String area = company;
        List<JsonObject> matching = invoices().stream()
                .filter(i -> !instant(i.getString("InvoiceDate")).isBefore(lower))
                .filter(i -> area != null ? i.getString("dataAreaId").equalsIgnoreCase(area)
                        : crossCompany || i.getString("dataAreaId").equalsIgnoreCase(defaultCompany))
                .sorted(ORDER).toList();
        return page(ENTITY_SET, matching, options, serviceRoot);
    }

    /**
     * One page of {@code matching} rows of {@code entitySet}: {@code $skip}, {@code $top},
     * {@code $select}, {@code $count=true}, and at most {@value #PAGE_SIZE} rows a page, the rest
     * behind {@code @odata.nextLink}.
     */
    static JsonObject page(String entitySet, List<JsonObject> matching, Map<String, String> options, String serviceRoot) {
        int top = number(options, "$top", Integer.MAX_VALUE);
        int skip = number(options, "$skip", 0);
        int served = Math.max(0, Math.min(Math.min(top, PAGE_SIZE), matching.size() - skip));
        Set<String> select = options.containsKey("$select")
                ? Arrays.stream(options.get("$select").split(",")).map(String::strip).collect(Collectors.toSet()) : null;
        JsonArrayBuilder value = Json.createArrayBuilder();
        matching.stream().skip(skip).limit(served).forEach(i -> value.add(row(i, select)));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("@odata.context", serviceRoot + "$metadata#" + entitySet);
        if ("true".equalsIgnoreCase(options.get("$count"))) {
            answer.add("@odata.count", matching.size());
        }
        answer.add("value", value);
        boolean rest = skip + served < matching.size() && served < top;
        if (rest && served > 0) {
            Map<String, String> following = new LinkedHashMap<>(options);
            following.put("$skip", Integer.toString(skip + served));
            if (options.containsKey("$top")) {
                following.put("$top", Integer.toString(top - served));
            }
            answer.add("@odata.nextLink", serviceRoot + entitySet + "?" + following.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
        }
        return answer.build();
    }

    private static JsonObject row(JsonObject invoice, Set<String> select) {
        JsonObjectBuilder row = Json.createObjectBuilder().add("@odata.etag", "W/\"" + java.util.Base64.getEncoder()
                .encodeToString(("1," + (invoice.containsKey("InvoiceNumber") ? invoice.getString("InvoiceNumber")
                        : invoice.getString("JournalBatchNumber", "") + "," + invoice.get("LineNumber"))).getBytes(StandardCharsets.UTF_8)) + "\"");
        invoice.forEach((name, field) -> {
            if (select == null || select.contains(name)) {
                row.add(name, field);
            }
        });
        return row.build();
    }

    static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ODataException.badRequest("Not a date: " + text);
        }
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0) {
                throw ODataException.badRequest(name + " is 0 or more");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ODataException.badRequest(name + " is a whole number: " + text);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
