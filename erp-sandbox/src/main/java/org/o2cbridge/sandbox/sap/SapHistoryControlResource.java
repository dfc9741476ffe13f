package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.o2cbridge.sandbox.netsuite.NetSuiteHistoryControlResource;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;
import org.o2cbridge.sandbox.netsuite.history.HistoryPlan;
import org.o2cbridge.sandbox.platform.ProblemException;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * Control API for the SAP system's sales-order history, {@code /api/sap/history}: {@code PUT} with
 * the body NetSuite's history takes ({@code seed}, {@code orders}, {@code linesPerOrder},
 * {@code from}, {@code to}, {@code customers}, {@code customersWithoutAccount}) sets the plan and
 * upserts, in the simulated Salesforce org, an Account for every customer but the last
 * {@code customersWithoutAccount} ({@code ERP_Customer_Id__c} the customer's number, the
 * {@code SoldToParty} of its orders); it answers the summary {@code GET} answers. {@code GET
 * /orders/{SalesOrder}} answers one order with its items as {@code A_SalesOrder} shows it;
 * {@code DELETE} forgets the plan (the Accounts stay).
 */
@RequestScoped
@Path("api/sap/history")
@Produces(MediaType.APPLICATION_JSON)
public class SapHistoryControlResource {

    @Inject
    SapHistory history;

    @Inject
    SalesforceOrg org;

    @Context
    UriInfo uriInfo;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject plan(JsonObject body) {
        HistoryPlan plan = NetSuiteHistoryControlResource.planOf(body);
        history.replace(plan);
        for (int customer = 0; customer < plan.customersWithAccount(); customer++) {
            org.upsert(SObjectType.ACCOUNT, "ERP_Customer_Id__c", Long.toString(HistoryGenerator.customerId(customer)),
                    Map.of("Name", HistoryGenerator.customerName(customer)));
        }
        return summary(plan);
    }

    @GET
    public JsonObject summary() {
        return summary(history.current().map(HistoryGenerator::plan).orElseThrow(() -> ProblemException.notFound(
                "No SAP sales-order history is planned; PUT one to /api/sap/history.")));
    }

    @GET
    @Path("orders/{salesOrder}")
    public JsonObject order(@PathParam("salesOrder") String salesOrder) {
        HistoryGenerator generator = history.current().orElseThrow(() -> ProblemException.notFound(
                "No SAP sales-order history is planned."));
        long index;
        try {
            index = Long.parseLong(salesOrder) - SapHistory.FIRST_NUMBER;
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= generator.orders()) {
            throw ProblemException.notFound("No history order is SalesOrder " + salesOrder + ".");
        }
        return SapHistory.entity(generator.order(index), uriInfo.getBaseUri() + SalesOrderHistoryResource.ROOT + "/", true);
    }

    @DELETE
    public JsonObject clear() {
        history.clear();
        return Json.createObjectBuilder().add("orders", 0).build();
    }

    private static JsonObject summary(HistoryPlan plan) {
        return Json.createObjectBuilder().add("orders", plan.orders()).add("lines", plan.lines())
                .add("customers", plan.customers()).add("accounts", plan.customersWithAccount())
                .add("firstSalesOrder", plan.orders() > 0 ? SapHistory.number(0) : "")
                .add("lastSalesOrder", plan.orders() > 0 ? SapHistory.number(plan.orders() - 1) : "")
                .add("from", plan.from().toString()).add("to", plan.to().toString()).add("seed", plan.seed())
                .build();
    }
}
