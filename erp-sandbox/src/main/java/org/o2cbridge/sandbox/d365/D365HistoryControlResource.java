package org.o2cbridge.sandbox.d365;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.o2cbridge.sandbox.netsuite.NetSuiteHistoryControlResource;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.HistoryOrder;
import org.o2cbridge.sandbox.netsuite.history.HistoryPlan;
import org.o2cbridge.sandbox.platform.ProblemException;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * Control API for the F&O environment's sales-order history, {@code /api/d365/history}: {@code PUT}
 * with the body NetSuite's history takes ({@code seed}, {@code orders}, {@code linesPerOrder},
 * {@code from}, {@code to}, {@code customers}, {@code customersWithoutAccount}) and a
 * {@code company} (the {@code dataAreaId} of every order, default {@code usmf}) sets the plan and
 * upserts, in the simulated Salesforce org, an Account for every customer but the last
 * {@code customersWithoutAccount} ({@code ERP_Customer_Id__c} {@code <company>:<customer account>},
 * as the bridge names a D365 customer); it answers the summary {@code GET} answers.
 * {@code GET /orders/{SalesOrderNumber}} answers one order's header with its {@code lines} as the
 * entities show them; {@code DELETE} forgets the plan (the Accounts stay).
 */
@RequestScoped
@Path("api/d365/history")
@Produces(MediaType.APPLICATION_JSON)
public class D365HistoryControlResource {

    @Inject
    D365History history;

    @Inject
    SalesforceOrg org;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject plan(JsonObject body) {
        HistoryPlan plan = NetSuiteHistoryControlResource.planOf(body);
        String company = body != null && body.get("company") instanceof JsonString text && !text.getString().isBlank()
                ? text.getString().strip().toLowerCase(java.util.Locale.ROOT) : "usmf";
        if (!company.matches("\\w{1,4}")) {
            throw ProblemException.invalidRequest("company is a dataAreaId of 1 to 4 letters or digits");
        }
        history.replace(plan, company);
        for (int customer = 0; customer < plan.customersWithAccount(); customer++) {
            org.upsert(SObjectType.ACCOUNT, "ERP_Customer_Id__c", company + ":" + HistoryGenerator.customerId(customer),
                    Map.of("Name", HistoryGenerator.customerName(customer)));
        }
        return summary();
    }

    @GET
    public JsonObject summary() {
        HistoryGenerator generator = history.current().orElseThrow(() -> ProblemException.notFound(
                "No D365 sales-order history is planned; PUT one to /api/d365/history."));
        HistoryPlan plan = generator.plan();
        return Json.createObjectBuilder().add("orders", plan.orders()).add("lines", plan.lines())
                .add("customers", plan.customers()).add("accounts", plan.customersWithAccount())
                .add("company", history.company().orElse(""))
                .add("firstSalesOrderNumber", plan.orders() > 0 ? generator.tranId(0) : "")
                .add("lastSalesOrderNumber", plan.orders() > 0 ? generator.tranId(plan.orders() - 1) : "")
                .add("from", plan.from().toString()).add("to", plan.to().toString()).add("seed", plan.seed())
                .build();
    }

    @GET
    @Path("orders/{number}")
    public JsonObject order(@PathParam("number") String number) {
        HistoryGenerator generator = history.current().orElseThrow(() -> ProblemException.notFound(
                "No D365 sales-order history is planned."));
        String company = history.company().orElseThrow();
        long index = generator.firstIndex(i -> generator.tranId(i).compareTo(number) >= 0);
        if (index >= generator.orders() || !generator.tranId(index).equals(number)) {
            throw ProblemException.notFound("No history order is SalesOrderNumber " + number + ".");
        }
        HistoryOrder order = generator.order(index);
        JsonArrayBuilder lines = Json.createArrayBuilder();
        order.lines().forEach(line -> lines.add(D365History.line(order, line, company)));
        return Json.createObjectBuilder(D365History.header(order, company)).add("lines", lines).build();
    }

    @DELETE
    public JsonObject clear() {
        history.clear();
        return Json.createObjectBuilder().add("orders", 0).build();
    }
}
