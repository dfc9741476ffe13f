package org.o2cbridge.sandbox.sap.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.o2cbridge.sandbox.netsuite.billing.BillingPlan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The simulated S/4HANA's billing documents ({@code A_BillingDocument} with its items), generated
 * from a seed ({@link BillingPlan}) for the sales orders the simulator holds: {@code F2} invoices,
 * cleared ({@code InvoiceClearingStatus} C) with probability {@code paidShare}, and {@code G2}
 * credit memos of a tenth of an invoice with probability {@code creditShare} (the invoice then
 * partly cleared, B, unless paid); {@code unlinkedInvoices} more invoices for sales orders the
 * simulator does not hold. A document changes one minute after the one before it
 * ({@code LastChangeDateTime}); its number is {@value #FIRST_NUMBER} plus the minute of its change
 * since the epoch, so the same plan gives the same documents and a later history never reuses the
 * numbers of an earlier one.
 *
 * <p>Customer payments are journal entries of type {@code DZ}, served as the customer items of
 * {@code A_OperationalAcctgDocItemCube}: a cleared invoice of a simulated sales order is paid in
 * full (less its credit memo) by an entry whose item clears it; a partly cleared one (credited,
 * not paid) is paid half of its amount by an entry whose item stays open. Each names its invoice by
 * {@code InvoiceReference}, is posted and created on the day of the invoice's change, half a minute
 * after it, and was never changed ({@code LastChangeDate} empty); its number is
 * {@value #FIRST_PAYMENT} plus the minute of its invoice's change since the epoch (modulo 10^8).
 * The unlinked invoices count as cleared by entries the simulator does not generate.
 *
 * <p>Asked for them ({@code paymentsOnAccount}), it also generates one payment on account of
 * {@value #ON_ACCOUNT_AMOUNT} for each customer of the history, in the order the customers were
 * first billed (the unlinked invoices' customer {@value #UNLINKED_CUSTOMER} last): an entry whose
 * item names no invoice ({@code InvoiceReference} empty) and stays open, after every document (one
 * minute apart, half a minute into the minute), numbered as the payments of invoices are, by the
 * minute. The documents and the other payments stay what the plan gives without them.
 */
@ApplicationScoped
public class SapBillingHistory {

    static final long FIRST_NUMBER = 90_000_000L;
    static final long FIRST_PAYMENT = 1_400_000_000L;
    static final String COMPANY_CODE = "1010";
    /** Sales orders of unlinked invoices: numbers the simulator's sales orders (from 4000001) never take. */
    public static final String UNLINKED_ORDER_PREFIX = "39";
    /** The sold-to party of the unlinked invoices, a business partner no Salesforce account made. */
    public static final String UNLINKED_CUSTOMER = "39000000";
    /** What each payment on account pays. */
    public static final String ON_ACCOUNT_AMOUNT = "25.00";

    /** A billing document as the service answers it, and the instant of its last change. */
    public record Document(Instant changed, JsonObject entity) {
    }

    /** A customer item of a payment entry as the item cube answers it, and the day it was posted. */
    public record Payment(LocalDate day, JsonObject entity) {
    }

    private List<Document> documents = List.of();
    private List<Payment> payments = List.of();

    public synchronized List<Document> documents() {
        return documents;
    }

    public synchronized List<Payment> payments() {
        return payments;
    }

    public synchronized void clear() {
        documents = List.of();
        payments = List.of();
    }

    /** Replaces the history with the plan's for the given sales orders (as the simulator holds them). */
    public synchronized List<Document> generate(BillingPlan plan, List<JsonObject> salesOrders) {
        return generate(plan, salesOrders, false);
    }

    /**
     * Replaces the history with the plan's for the given sales orders, and with a payment on account
     * of each of its customers when {@code paymentsOnAccount}.
     */
    public synchronized List<Document> generate(BillingPlan plan, List<JsonObject> salesOrders,
                                                boolean paymentsOnAccount) {
        Generation generation = new Generation(plan);
        salesOrders.stream().sorted(Comparator.comparing(order -> Long.parseLong(order.getString("SalesOrder"))))
                .forEach(order -> {
                    BigDecimal total = order.get("TotalNetAmount") instanceof jakarta.json.JsonNumber n
                            ? n.bigDecimalValue() : BigDecimal.TEN;
                    BigDecimal share = total.divide(BigDecimal.valueOf(Math.max(1, plan.invoicesPerOrder())), 2,
                            RoundingMode.HALF_UP);
                    for (int i = 0; i < plan.invoicesPerOrder(); i++) {
                        generation.invoice(order.getString("SalesOrder"), text(order.get("SoldToParty")), share,
                                order.getString("TransactionCurrency", "EUR"), false);
                    }
                });
        for (int i = 0; i < plan.unlinkedInvoices(); i++) {
            generation.invoice(UNLINKED_ORDER_PREFIX + String.format("%08d", i + 1), UNLINKED_CUSTOMER,
                    generation.amount(), "EUR", true);
        }
        if (paymentsOnAccount) {
            generation.paymentsOnAccount();
        }
        documents = List.copyOf(generation.documents);
        payments = List.copyOf(generation.payments);
        return documents;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }

    /** OData v2's JSON form of an {@code Edm.DateTime}: {@code /Date(ms)/}. */
    static String dateTime(Instant instant) {
        return "/Date(" + instant.toEpochMilli() + ")/";
    }

    /** OData v2's JSON form of an {@code Edm.DateTimeOffset} in UTC: {@code /Date(ms+0000)/}. */
    static String dateTimeOffset(Instant instant) {
        return "/Date(" + instant.toEpochMilli() + "+0000)/";
    }

    private static final class Generation {
        private final BillingPlan plan;
        private final Random random;
        private final List<Document> documents = new ArrayList<>();
        private final List<Payment> payments = new ArrayList<>();
        /** The customers billed, in the order first billed, with the currency of their first invoice. */
        private final java.util.Map<String, String> customers = new java.util.LinkedHashMap<>();
        private long sequence;
        private Instant current;

        Generation(BillingPlan plan) {
            this.plan = plan;
            this.random = new Random(plan.seed());
        }

        BigDecimal amount() {
            return BigDecimal.valueOf(1_000 + random.nextInt(999_000), 2);
        }

        void invoice(String salesOrder, String soldTo, BigDecimal amount, String currency, boolean alwaysPaid) {
            if (soldTo != null && !soldTo.isBlank()) {
                customers.putIfAbsent(soldTo, currency);
            }
            boolean paid = random.nextDouble() < plan.paidShare() || alwaysPaid;
            boolean credited = random.nextDouble() < plan.creditShare();
            Instant at = next();
            documents.add(new Document(at, document("F2", at, salesOrder, soldTo, amount, currency,
                    paid ? "C" : credited ? "B" : "A")));
            BigDecimal credit = amount.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
            if (credited) {
                Instant creditAt = next();
                documents.add(new Document(creditAt, document("G2", creditAt, salesOrder, soldTo, credit, currency,
                        "C")));
            }
            if (!alwaysPaid && (paid || credited)) {
                BigDecimal paidAmount = paid ? (credited ? amount.subtract(credit) : amount)
                        : amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
                payments.add(payment(at, documents.get(documents.size() - (credited ? 2 : 1)).entity()
                        .getString("BillingDocument"), soldTo, paidAmount, currency, paid));
            }
        }

        /** A payment on account of each customer billed, a minute apart after every document. */
        void paymentsOnAccount() {
            customers.forEach((customer, currency) -> payments.add(payment(next(), null, customer,
                    new BigDecimal(ON_ACCOUNT_AMOUNT), currency, false)));
        }

        /**
         * The customer item of the entry paying the invoice {@code invoice} (none: a payment on
         * account) changed at {@code invoiced}.
         */
        private Payment payment(Instant invoiced, String invoice, String customer, BigDecimal amount, String currency,
                                boolean clears) {
            Instant at = invoiced.plusSeconds(30);
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            String number = Long.toString(FIRST_PAYMENT + (invoiced.getEpochSecond() / 60) % 100_000_000L);
            String dayValue = dateTime(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            var item = Json.createObjectBuilder().add("CompanyCode", COMPANY_CODE)
                    .add("FiscalYear", Integer.toString(day.getYear())).add("AccountingDocument", number)
                    .add("AccountingDocumentItem", "1").add("AccountingDocumentType", "DZ")
                    .add("FinancialAccountType", "D").add("DebitCreditCode", "H")
                    .add("Customer", customer == null ? "" : customer)
                    .add("InvoiceReference", invoice == null ? "" : invoice)
                    .add("InvoiceReferenceFiscalYear", invoice == null ? ""
                            : Integer.toString(LocalDate.ofInstant(invoiced, ZoneOffset.UTC).getYear()))
                    .add("AmountInTransactionCurrency", amount.negate().toPlainString())
                    .add("TransactionCurrency", currency).add("PostingDate", dayValue).add("DocumentDate", dayValue)
                    .add("AccountingDocumentCreationDate", dayValue).add("LastChangeDate", JsonValue.NULL)
                    .add("ClearingAccountingDocument", clears ? number : "")
                    .add("ClearingDate", clears ? Json.createValue(dayValue) : JsonValue.NULL);
            return new Payment(day, item.build());
        }

        private JsonObject document(String type, Instant at, String salesOrder, String soldTo, BigDecimal amount,
                                    String currency, String clearing) {
            String number = Long.toString(FIRST_NUMBER + at.getEpochSecond() / 60);
            Instant day = LocalDate.ofInstant(at, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
            var builder = Json.createObjectBuilder().add("BillingDocument", number).add("BillingDocumentType", type)
                    .add("SDDocumentCategory", type.equals("F2") ? "M" : "O").add("BillingDocumentCategory", "L")
                    .add("BillingDocumentDate", dateTime(day)).add("CreationDate", dateTime(day))
                    .add("LastChangeDateTime", dateTimeOffset(at)).add("TotalNetAmount", amount.toPlainString())
                    .add("TaxAmount", "0.00").add("TotalGrossAmount", amount.toPlainString())
                    .add("TransactionCurrency", currency).add("BillingDocumentIsCancelled", false)
                    .add("InvoiceClearingStatus", clearing).add("SalesOrganization", "1010");
            if (soldTo != null) {
                builder.add("SoldToParty", soldTo).add("PayerParty", soldTo);
            }
            builder.add("to_Item", Json.createObjectBuilder().add("results", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("BillingDocument", number).add("BillingDocumentItem", "10")
                            .add("SalesDocument", salesOrder).add("SalesDocumentItem", "10")
                            .add("ReferenceSDDocument", salesOrder).add("ReferenceSDDocumentItem", "10")
                            .add("NetAmount", amount.toPlainString()).add("TransactionCurrency", currency))));
            return builder.build();
        }

        private Instant next() {
            current = plan.since().plusSeconds(60 * ++sequence);
            return current;
        }
    }
}
