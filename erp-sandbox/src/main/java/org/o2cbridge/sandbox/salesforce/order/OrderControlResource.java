package org.o2cbridge.sandbox.salesforce.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.o2cbridge.sandbox.platform.ProblemException;
import org.o2cbridge.sandbox.platform.RequestOrigin;
import org.o2cbridge.sandbox.salesforce.data.SObjectJson;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SObjectType;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;
import org.o2cbridge.sandbox.salesforce.order.OrderSetupService.CreatedOrder;

import java.util.HashMap;
import java.util.Map;

/**
 * Control API for Salesforce orders, {@code /api/salesforce/orders}: create a draft order, activate
 * it (which sends its order event to the bridge and reports the first attempt), and read an order
 * back with its ERP fields and lines. Not part of Salesforce's API; for tests and demos only.
 */
@RequestScoped
@Path("api/salesforce/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderControlResource {

    @Inject
    OrderSetupService setup;

    @Inject
    SalesforcePackage salesforcePackage;

    @Inject
    SalesforceOrg org;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateOrderRequest request) {
        CreatedOrder created = setup.createDraftOrder(request);
        JsonObject body = Json.createObjectBuilder()
                .add("orderId", created.orderId())
                .add("accountId", created.accountId())
                .add("orderItemIds", Json.createArrayBuilder(created.orderItemIds()))
                .add("orderNumber", created.orderNumber())
                .build();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.orderId()).build()).entity(body).build();
    }

    @POST
    @Path("{id}/activate")
    public JsonObject activate(@PathParam("id") String id, @QueryParam("deliver") @DefaultValue("true") boolean deliver) {
        return salesforcePackage.activate(id, RequestOrigin.of(uriInfo), deliver).toJson();
    }

    /**
     * Clears what the bridge wrote back on an order ({@code ERP_Order_Number__c}, {@code ERP_Status__c};
     * {@code ERP_Sync_Status__c} back to {@code Pending}), as a user editing the order would, so a
     * lost write-back can be staged.
     */
    @POST
    @Path("{id}/erp-fields/clear")
    public JsonObject clearErpFields(@PathParam("id") String id) {
        org.update(SObjectType.ORDER, id, fields -> {
            Map<String, Object> cleared = new HashMap<>();
            cleared.put("ERP_Order_Number__c", null);
            cleared.put("ERP_Status__c", null);
            cleared.put("ERP_Sync_Status__c", SObjectType.Order.SYNC_PENDING);
            return cleared;
        }).orElseThrow(() -> ProblemException.notFound("There is no Order with id " + id));
        return get(id);
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        SObjectRecord order = org.find(SObjectType.ORDER, id)
                .orElseThrow(() -> ProblemException.notFound("There is no Order with id " + id));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        org.orderItems(order.id()).forEach(item -> lines.add(SObjectJson.fieldsOf(item)));
        return SObjectJson.fieldsOf(order).add("lines", lines).build();
    }
}
