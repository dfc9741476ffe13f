package org.o2cbridge.sandbox.netsuite.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The simulated account's invoices, customer payments and credit memos, generated from a seed
 * ({@link BillingPlan}) rather than entered one by one, and answered by SuiteQL's
 * {@code transaction} table. A document changes one minute after the one before it, and its
 * internal id is {@value #FIRST_ID} plus the minute of its change since the epoch: far above the
 * ids of records, the same for the same plan, and different for documents of different times, so
 * a later history never reuses the ids of an earlier one.
 */
@ApplicationScoped
public class BillingHistory {

    static final long FIRST_ID = 500_000_000L;
    /** Internal ids of the sales orders and customers of unlinked invoices, which the account does not hold. */
    public static final String UNLINKED_ORDER_PREFIX = "4";
    private static final String[] METHODS = {"Wire", "ACH", "Check", "Credit Card"};

    private List<JsonObject> documents = List.of();

    public synchronized List<JsonObject> documents() {
        return documents;
    }

    public synchronized void clear() {
        documents = List.of();
    }

    /** Replaces the history with the plan's, for the given sales orders (records of the account). */
    public synchronized List<JsonObject> generate(BillingPlan plan, List<JsonObject> salesOrders) {
        Generation generation = new Generation(plan);
        salesOrders.stream().sorted(Comparator.comparing(order -> new BigDecimal(order.getString("id"))))
                .forEach(order -> {
                    for (int i = 0; i < plan.invoicesPerOrder(); i++) {
                        generation.invoice(order.getString("id"), reference(order.get("entity")),
                                share(order, plan.invoicesPerOrder()), order.get("currency"), false);
                    }
                });
        for (int i = 0; i < plan.unlinkedInvoices(); i++) {
            generation.invoice(UNLINKED_ORDER_PREFIX + String.format("%08d", i + 1), UNLINKED_ORDER_PREFIX + String.format("%08d", i + 1),
                    generation.amount(), Json.createObjectBuilder().add("id", "1").add("refName", "USD").build(), true);
        }
        documents = List.copyOf(generation.documents);
        return documents;
    }

    private static String reference(JsonValue value) {
        return value instanceof JsonObject ref ? ref.getString("id", null) : null;
    }

    private static BigDecimal share(JsonObject order, int parts) {
        BigDecimal total = order.containsKey("total") ? order.getJsonNumber("total").bigDecimalValue() : BigDecimal.TEN;
        return total.divide(BigDecimal.valueOf(parts), 2, RoundingMode.HALF_UP);
    }

    /** One run of the generator: a random sequence from the seed and the next id and change time. */
    private static final class Generation {
        private final BillingPlan plan;
        private final Random random;
        private final List<JsonObject> documents = new ArrayList<>();
        private long sequence;
        private Instant current;

        Generation(BillingPlan plan) {
            this.plan = plan;
            this.random = new Random(plan.seed());
        }

        BigDecimal amount() {
            return BigDecimal.valueOf(1_000 + random.nextInt(999_000), 2);
        }

        void invoice(String salesOrderId, String customerId, BigDecimal amount, JsonValue currency, boolean alwaysPaid) {
            boolean paid = random.nextDouble() < plan.paidShare() || alwaysPaid;
            boolean credited = random.nextDouble() < plan.creditShare();
            String method = METHODS[random.nextInt(METHODS.length)];
            BigDecimal credit = amount.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
            BigDecimal remaining = paid ? BigDecimal.ZERO : credited ? amount.subtract(credit) : amount;
            Instant at = next();
            String invoiceId = id();
            documents.add(document(invoiceId, "CustInvc", "INV", at, customerId, currency)
                    .add("createdFrom", ref(salesOrderId)).add("total", amount).add("amountRemaining", remaining)
                    .add("dueDate", at.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30).toString())
                    .add("status", paid ? "Paid In Full" : "Open").build());
            if (credited) {
                Instant creditAt = next();
                documents.add(document(id(), "CustCred", "CM", creditAt, customerId, currency)
                        .add("createdFrom", ref(salesOrderId)).add("total", credit.negate())
                        .add("amountRemaining", BigDecimal.ZERO).add("status", "Fully Applied").build());
            }
            if (paid) {
                Instant paidAt = next();
                documents.add(document(id(), "CustPymt", "PMT", paidAt, customerId, currency)
                        .add("appliedTo", ref(invoiceId)).add("total", amount.subtract(credited ? credit : BigDecimal.ZERO))
                        .add("paymentMethod", method).add("status", "Deposited").build());
            }
        }

        private String id() {
            return Long.toString(FIRST_ID + current.getEpochSecond() / 60);
        }

        private Instant next() {
            current = plan.since().plusSeconds(60 * ++sequence);
            return current;
        }

        private static JsonObjectBuilder document(String id, String type, String prefix, Instant at, String customerId,
                                                  JsonValue currency) {
            JsonObjectBuilder document = Json.createObjectBuilder().add("id", id).add("type", type)
                    .add("tranId", prefix + (Long.parseLong(id) - FIRST_ID))
                    .add("tranDate", at.atZone(ZoneOffset.UTC).toLocalDate().toString())
                    .add("createdDate", at.toString()).add("lastModifiedDate", at.toString());
            if (customerId != null) {
                document.add("entity", ref(customerId));
            }
            if (currency != null) {
                document.add("currency", currency);
            }
            return document;
        }

        private static JsonObject ref(String id) {
            return Json.createObjectBuilder().add("id", id).build();
        }
    }
}
