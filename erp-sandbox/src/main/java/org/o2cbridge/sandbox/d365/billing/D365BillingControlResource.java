package org.o2cbridge.sandbox.d365.billing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.o2cbridge.sandbox.d365.D365Simulator;
import org.o2cbridge.sandbox.d365.odata.D365Store;
import org.o2cbridge.sandbox.netsuite.billing.BillingPlan;
import org.o2cbridge.sandbox.platform.ProblemException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Control API for the simulated environment's sales invoices, {@code /api/d365/billing}, as
 * {@code /api/netsuite/billing} is for NetSuite's: {@code PUT} with a plan ({@code seed},
 * {@code invoicesPerOrder}, {@code creditShare}, {@code unlinkedInvoices}, {@code since}, and
 * {@code orders}: the Salesforce Order Ids, {@code CustomersOrderReference}, whose sales orders get
 * invoices; every field optional) replaces them; {@code GET} answers their count by kind
 * (invoice, credit note) and the first {@code limit} (100), with the customer payment journals
 * made with them ({@code paymentJournals}, {@code payments}: {@link D365PaymentJournals});
 * {@code DELETE} forgets them. {@code /data/SalesInvoiceHeadersV2},
 * {@code /data/CustomerPaymentJournalHeaders} and {@code /data/CustomerPaymentJournalLines} read them.
 */
@RequestScoped
@Path("api/d365/billing")
@Produces(MediaType.APPLICATION_JSON)
public class D365BillingControlResource {

    @Inject
    D365InvoiceHistory invoices;

    @Inject
    D365PaymentJournals payments;

    @Inject
    D365Simulator simulator;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject generate(JsonObject body) {
        BillingPlan plan;
        try {
            plan = BillingPlan.of(body);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidRequest(e.getMessage());
        }
        List<JsonObject> salesOrders = simulator.service().store().all(D365Store.EntitySet.SALES_ORDER_HEADERS);
        if (body != null && body.get("orders") instanceof JsonArray orders) {
            Set<String> named = orders.stream().filter(JsonString.class::isInstance)
                    .map(order -> ((JsonString) order).getString()).collect(Collectors.toSet());
            salesOrders = salesOrders.stream().filter(o -> named.contains(o.getString("CustomersOrderReference", "")))
                    .toList();
        }
        List<JsonObject> generated = invoices.generate(plan, salesOrders);
        payments.generate(plan, generated);
        return summary(generated, Integer.MAX_VALUE);
    }

    @GET
    public JsonObject list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 0) {
            throw ProblemException.invalidRequest("limit must be 0 or more");
        }
        return summary(invoices.invoices(), limit);
    }

    @DELETE
    public JsonObject clear() {
        invoices.clear();
        payments.clear();
        return summary(List.of(), 0);
    }

    private JsonObject summary(List<JsonObject> rows, int limit) {
        long credits = rows.stream().filter(r -> r.getJsonNumber("TotalInvoiceAmount").bigDecimalValue().signum() < 0)
                .count();
        JsonArrayBuilder first = Json.createArrayBuilder();
        rows.stream().limit(limit).forEach(first::add);
        return Json.createObjectBuilder().add("count", rows.size()).add("byType", Json.createObjectBuilder()
                .add("invoice", rows.size() - credits).add("creditNote", credits)).add("invoices", first)
                .add("paymentJournals", Json.createArrayBuilder(payments.headers()))
                .add("payments", Json.createArrayBuilder(payments.lines())).build();
    }
}
