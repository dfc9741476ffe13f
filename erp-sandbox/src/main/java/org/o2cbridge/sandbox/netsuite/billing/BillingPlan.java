package org.o2cbridge.sandbox.netsuite.billing;

import java.time.Instant;

/**
 * What billing history to generate: {@code invoicesPerOrder} invoices for every sales order of the
 * account, each paid in full with probability {@code paidShare} and credited in part with
 * probability {@code creditShare}; {@code unlinkedInvoices} more invoices, each paid, for sales
 * orders that no Salesforce order made; changes one minute apart from {@code since}. The same plan
 * over the same sales orders gives the same documents.
 */
public record BillingPlan(long seed, int invoicesPerOrder, double paidShare, double creditShare, int unlinkedInvoices,
                          Instant since) {

    public static final Instant DEFAULT_SINCE = Instant.parse("2026-01-01T00:00:00Z");

    public BillingPlan {
        if (invoicesPerOrder < 0 || invoicesPerOrder > 100) {
            throw new IllegalArgumentException("invoicesPerOrder is 0 to 100");
        }
        if (paidShare < 0 || paidShare > 1 || creditShare < 0 || creditShare > 1) {
            throw new IllegalArgumentException("paidShare and creditShare are 0 to 1");
        }
        if (unlinkedInvoices < 0 || unlinkedInvoices > 1_000_000) {
            throw new IllegalArgumentException("unlinkedInvoices is 0 to 1000000");
        }
    }

    /**
     * The plan a control request asks for: {@code {"seed":42,"invoicesPerOrder":1,"paidShare":0.5,
     * "creditShare":0.1,"unlinkedInvoices":0,"since":"2026-01-01T00:00:00Z"}}, every field optional;
     * a field of the wrong kind or out of range is an {@link IllegalArgumentException} naming it.
     */
    public static BillingPlan of(jakarta.json.JsonObject body) {
        jakarta.json.JsonObject given = body == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : body;
        Instant since = DEFAULT_SINCE;
        if (given.get("since") instanceof jakarta.json.JsonString text) {
            try {
                since = Instant.parse(text.getString());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("since must be an instant such as 2026-01-01T00:00:00Z");
            }
        }
        return new BillingPlan(number(given, "seed", 1).longValue(), number(given, "invoicesPerOrder", 1).intValue(),
                number(given, "paidShare", 0.5).doubleValue(), number(given, "creditShare", 0.1).doubleValue(),
                number(given, "unlinkedInvoices", 0).intValue(), since);
    }

    private static Number number(jakarta.json.JsonObject body, String name, Number fallback) {
        jakarta.json.JsonValue value = body.get(name);
        if (value == null || value == jakarta.json.JsonValue.NULL) {
            return fallback;
        }
        if (value instanceof jakarta.json.JsonNumber number) {
            return number.numberValue();
        }
        throw new IllegalArgumentException(name + " must be a number");
    }
}
