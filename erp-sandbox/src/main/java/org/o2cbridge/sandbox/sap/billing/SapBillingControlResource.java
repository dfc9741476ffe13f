package org.o2cbridge.sandbox.sap.billing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.o2cbridge.sandbox.netsuite.billing.BillingPlan;
import org.o2cbridge.sandbox.platform.ProblemException;
import org.o2cbridge.sandbox.sap.SapSimulator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Control API for the simulated S/4HANA's billing documents, {@code /api/sap/billing}, as
 * {@code /api/netsuite/billing} is for NetSuite's: {@code PUT} with {@code {"seed":42,
 * "invoicesPerOrder":1,"paidShare":0.5,"creditShare":0.1,"unlinkedInvoices":0,
 * "since":"2026-01-01T00:00:00Z","orders":["801…"],"paymentsOnAccount":false}} (every field
 * optional) replaces them with the documents that plan gives for the simulator's sales orders
 * (those whose {@code PurchaseOrderByCustomer}, the Salesforce Order Id, {@code orders} names, when
 * given), and with {@code "paymentsOnAccount":true} a payment on account of each of their customers
 * ({@link SapBillingHistory});
 * {@code GET} answers their count by billing type and the first {@code limit} (100) of them, and
 * the count and first {@code limit} of the customer payments' items ({@code paymentCount},
 * {@code payments}); {@code DELETE} forgets them. {@code API_BILLING_DOCUMENT_SRV} reads the
 * billing documents, {@code API_OPLACCTGDOCITEMCUBE_SRV} the payments.
 */
@RequestScoped
@Path("api/sap/billing")
@Produces(MediaType.APPLICATION_JSON)
public class SapBillingControlResource {

    @Inject
    SapBillingHistory history;

    @Inject
    SapSimulator sap;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject generate(JsonObject body) {
        BillingPlan plan;
        try {
            plan = BillingPlan.of(body);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidRequest(e.getMessage());
        }
        List<JsonObject> salesOrders = sap.book().salesOrders(order -> true);
        if (body != null && body.get("orders") instanceof JsonArray orders) {
            Set<String> named = orders.stream().filter(JsonString.class::isInstance)
                    .map(order -> ((JsonString) order).getString()).collect(Collectors.toSet());
            salesOrders = salesOrders.stream().filter(o -> named.contains(o.getString("PurchaseOrderByCustomer", "")))
                    .toList();
        }
        JsonValue onAccount = body == null || !body.containsKey("paymentsOnAccount") ? JsonValue.NULL
                : body.get("paymentsOnAccount");
        if (!Set.of(JsonValue.ValueType.NULL, JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE)
                .contains(onAccount.getValueType())) {
            throw ProblemException.invalidRequest("paymentsOnAccount must be true or false");
        }
        history.generate(plan, salesOrders, onAccount.getValueType() == JsonValue.ValueType.TRUE);
        return summary(history.documents(), history.payments(), Integer.MAX_VALUE);
    }

    @GET
    public JsonObject list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 0) {
            throw ProblemException.invalidRequest("limit must be 0 or more");
        }
        return summary(history.documents(), history.payments(), limit);
    }

    @DELETE
    public JsonObject clear() {
        history.clear();
        return summary(List.of(), List.of(), 0);
    }

    private static JsonObject summary(List<SapBillingHistory.Document> documents,
                                      List<SapBillingHistory.Payment> payments, int limit) {
        Map<String, Integer> counts = new TreeMap<>();
        documents.forEach(d -> counts.merge(d.entity().getString("BillingDocumentType"), 1, Integer::sum));
        JsonObjectBuilder byType = Json.createObjectBuilder();
        counts.forEach(byType::add);
        JsonArrayBuilder first = Json.createArrayBuilder();
        documents.stream().limit(limit).forEach(d -> first.add(d.entity()));
        JsonArrayBuilder firstPayments = Json.createArrayBuilder();
        payments.stream().limit(limit).forEach(p -> firstPayments.add(p.entity()));
        return Json.createObjectBuilder().add("count", documents.size()).add("byType", byType)
                .add("documents", first).add("paymentCount", payments.size()).add("payments", firstPayments).build();
    }
}
