package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Predicate;

/**
 * The sales order service, OData v4 ({@code /sap/opu/odata4/sap/api_salesorder/srvd_a2x/sap/salesorder/0001/}):
 * the service document (where clients fetch a CSRF token), reading orders by key or by
 * {@code $filter} (e.g. {@code PurchaseOrderByCustomer eq '…'}), with {@code $expand=_Item}, and the
 * deep insert of a header with all its items, numbered from the number range and priced by the
 * system. A created order answers 201 with {@code Location} and a {@code sap-message} header.
 */
@RequestScoped
@Path(SalesOrderResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class SalesOrderResource {

    static final String ROOT = "sap/sap/opu/odata4/sap/api_salesorder/srvd_a2x/sap/salesorder/0001";

    @Inject
    SapSimulator sap;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject serviceDocument() {
        return Json.createObjectBuilder().add("@odata.context", "$metadata")
                .add("value", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "SalesOrder").add("url", "SalesOrder"))
                        .add(Json.createObjectBuilder().add("name", "SalesOrderItem").add("url", "SalesOrderItem")))
                .build();
    }

    @GET
    @Path("SalesOrder")
    public JsonObject query(@QueryParam("$filter") String filter, @QueryParam("$expand") String expand,
                            @QueryParam("$top") Integer top) {
        Predicate<JsonObject> matches = ODataQuery.filter(filter);
        if (matches == null) {
            throw SapApiException.v4(400, "/IWBEP/CM_V4_RUNTIME/110", "The simulator understands only $filter="
                    + "Property eq 'value': " + filter, "$filter");
        }
        List<JsonObject> found = sap.book().salesOrders(matches);
        JsonArrayBuilder value = Json.createArrayBuilder();
        found.stream().limit(top == null ? Long.MAX_VALUE : top).forEach(o -> value.add(shape(o, expanded(expand))));
        return Json.createObjectBuilder().add("@odata.context", "$metadata#SalesOrder").add("value", value).build();
    }

    @GET
    @Path("SalesOrder('{number}')")
    public JsonObject read(@PathParam("number") String number, @QueryParam("$expand") String expand) {
        JsonObject order = sap.book().salesOrder(number).orElseThrow(() -> SapApiException.v4(404,
                "/IWBEP/CM_V4_RUNTIME/025", "Resource not found for segment 'SalesOrder'", null));
        return Json.createObjectBuilder(shape(order, expanded(expand)))
                .add("@odata.context", "$metadata#SalesOrder/$entity").build();
    }

    @POST
    @Path("SalesOrder")
    public Response create(String body) {
        JsonObject order = sap.book().createSalesOrder(SapJson.object(body, false));
        String number = order.getString("SalesOrder");
        JsonObject answer = Json.createObjectBuilder(shape(order, true))
                .add("@odata.context", "$metadata#SalesOrder(_Item())/$entity").build();
        String message = Json.createObjectBuilder().add("code", "V1/311")
                .add("message", "Standard Order " + number + " has been saved").add("severity", "success")
                .add("target", "").add("details", Json.createArrayBuilder()).build().toString();
        return Response.status(201).location(URI.create(uriInfo.getBaseUri() + ROOT + "/SalesOrder('" + number + "')"))
                .header("sap-message", message).entity(answer.toString()).build();
    }

    private static boolean expanded(String expand) {
        return expand != null && expand.contains("_Item");
    }

    private static JsonObject shape(JsonObject order, boolean withItems) {
        JsonObjectBuilder shaped = Json.createObjectBuilder();
        order.forEach((key, value) -> {
            if (!key.equals("_Item") || withItems) {
                shaped.add(key, value);
            }
        });
        shaped.add("@odata.etag", "W/\"" + order.getString("SalesOrder") + "\"");
        return shaped.build();
    }

}
