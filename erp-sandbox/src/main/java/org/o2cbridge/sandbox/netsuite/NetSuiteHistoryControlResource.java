package org.o2cbridge.sandbox.netsuite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.HistoryLine;
import org.o2cbridge.sandbox.netsuite.history.HistoryOrder;
import org.o2cbridge.sandbox.netsuite.history.HistoryPlan;
import org.o2cbridge.sandbox.netsuite.history.OrderHistory;
import org.o2cbridge.sandbox.platform.ProblemException;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * Control API for the account's sales-order history, {@code /api/netsuite/history}: {@code PUT}
 * with {@code {"seed":7,"orders":1000,"linesPerOrder":3,"from":"2020-01-01","to":"2025-01-01",
 * "customers":50,"customersWithoutAccount":0}} (every field optional, those are the defaults) sets
 * the plan the orders are generated from and upserts, in the simulated Salesforce org, an Account
 * for every history customer but the last {@code customersWithoutAccount} ({@code Name} the
 * customer's name, {@code ERP_Customer_Id__c} its internal id), so a second {@code PUT} creates
 * nothing twice; it answers the summary that {@code GET} answers too. {@code GET /orders/{id}} answers
 * one order with its lines as the record shows them (positive quantities); {@code DELETE} forgets
 * the plan (the Accounts stay). SuiteQL reads the orders in {@code transaction} and
 * {@code transactionline}.
 */
@RequestScoped
@Path("api/netsuite/history")
@Produces(MediaType.APPLICATION_JSON)
public class NetSuiteHistoryControlResource {

    static final String LINE_NOTE = "Quantities are positive, as the sales order record shows them; SuiteQL's "
            + "transactionline answers item lines with negative quantity and netamount, as NetSuite does.";

    @Inject
    OrderHistory history;

    @Inject
    SalesforceOrg org;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject plan(JsonObject body) {
        HistoryPlan plan = planOf(body);
        history.replace(plan);
        for (int customer = 0; customer < plan.customersWithAccount(); customer++) {
            org.upsert(SObjectType.ACCOUNT, "ERP_Customer_Id__c", Long.toString(HistoryGenerator.customerId(customer)),
                    Map.of("Name", HistoryGenerator.customerName(customer)));
        }
        return summary(plan);
    }

    /**
     * The plan a control request's body describes, every field optional (the defaults of the class
     * comment); a value out of range is a 400 naming it. The SAP and D365 simulators' history
     * control APIs take the same body.
     */
    public static HistoryPlan planOf(JsonObject body) {
        JsonObject given = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        try {
            return new HistoryPlan(whole(given, "seed", 7), whole(given, "orders", 1000), toInt(whole(given, "linesPerOrder", 3)),
                    date(given, "from", "2020-01-01"), date(given, "to", "2025-01-01"),
                    toInt(whole(given, "customers", 50)), toInt(whole(given, "customersWithoutAccount", 0)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidRequest(e.getMessage());
        }
    }

    @GET
    public JsonObject summary() {
        return summary(history.plan().orElseThrow(() -> ProblemException.notFound("No sales-order history is planned; "
                + "PUT one to /api/netsuite/history.")));
    }

    @GET
    @Path("orders/{internalId}")
    public JsonObject order(@PathParam("internalId") String internalId) {
        long id;
        try {
            id = Long.parseLong(internalId);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("No history order has the internal id " + internalId + ".");
        }
        return history.orderById(id).map(NetSuiteHistoryControlResource::json).orElseThrow(() ->
                ProblemException.notFound("No history order has the internal id " + internalId + "."));
    }

    @DELETE
    public JsonObject clear() {
        history.clear();
        return Json.createObjectBuilder().add("orders", 0).build();
    }

    static JsonObject summary(HistoryPlan plan) {
        JsonObjectBuilder summary = Json.createObjectBuilder().add("orders", plan.orders()).add("lines", plan.lines())
                .add("customers", plan.customers()).add("accounts", plan.customersWithAccount());
        if (plan.orders() > 0) {
            summary.add("firstId", Long.toString(HistoryGenerator.FIRST_ORDER_ID))
                    .add("lastId", Long.toString(HistoryGenerator.FIRST_ORDER_ID + plan.orders() - 1));
        } else {
            summary.addNull("firstId").addNull("lastId");
        }
        return summary.add("from", plan.from().toString()).add("to", plan.to().toString()).add("seed", plan.seed())
                .add("linesPerOrder", plan.linesPerOrder()).add("customersWithoutAccount", plan.customersWithoutAccount())
                .build();
    }

    static JsonObject json(HistoryOrder order) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (HistoryLine line : order.lines()) {
            lines.add(Json.createObjectBuilder().add("line", line.line()).add("uniquekey", line.uniqueKey())
                    .add("item", Json.createObjectBuilder().add("id", Long.toString(line.itemId())).add("refName", line.itemName()))
                    .add("quantity", line.quantity()).add("rate", line.rate()).add("amount", line.amount()));
        }
        return Json.createObjectBuilder()
                .add("id", order.idText())
                .add("type", "SalesOrd")
                .add("tranid", order.tranId())
                .add("trandate", order.tranDate().toString())
                .add("entity", Json.createObjectBuilder().add("id", Long.toString(order.customerId())).add("refName", order.customerName()))
                .add("currency", Json.createObjectBuilder().add("id", order.currencyId()).add("refName", order.currency()))
                .add("foreigntotal", order.total())
                .add("status", Json.createObjectBuilder().add("id", order.statusId()).add("refName", order.status()))
                .add("otherrefnum", order.otherRefNum())
                .add("lastmodifieddate", order.lastModified().toString())
                .add("lines", lines)
                .add("note", LINE_NOTE)
                .build();
    }

    private static long whole(JsonObject body, String name, long fallback) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigIntegerValue().longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(name + " is out of range");
            }
        }
        throw new IllegalArgumentException(name + " must be a whole number");
    }

    /** Out-of-range values become values the plan refuses with its own message. */
    private static int toInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static LocalDate date(JsonObject body, String name, String fallback) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return LocalDate.parse(fallback);
        }
        try {
            if (value instanceof JsonString text) {
                return LocalDate.parse(text.getString());
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new IllegalArgumentException(name + " must be a date such as " + fallback);
    }
}
