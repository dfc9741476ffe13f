package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The outbound delivery service, OData v2 ({@code /sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002/};
 * the version is a matrix parameter of the service segment): the service document, and queries of
 * {@code A_OutbDeliveryHeader} and {@code A_OutbDeliveryItem} with {@code $filter} (comparisons
 * joined by and/or, {@code datetime'…'} literals), {@code $orderby}, {@code $top}, {@code $skip},
 * {@code $inlinecount=allpages}, {@code $select} and, for headers, {@code $expand=to_DeliveryDocumentItem}
 * (unexpanded, the navigation is {@code __deferred}). Like SAP Gateway with server-side paging, an
 * answer holds at most {@value V2Collection#PAGE} rows and then a {@code __next} link. Deliveries are made
 * through {@code /api/sap/deliveries}.
 */
@RequestScoped
@Path(OutboundDeliveryResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class OutboundDeliveryResource {

    static final String ROOT = "sap/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV";
    private static final String SERVICE = "API_OUTBOUND_DELIVERY_SRV";

    @Inject
    SapSimulator sap;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject serviceDocument() {
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("EntitySets",
                Json.createArrayBuilder().add("A_OutbDeliveryHeader").add("A_OutbDeliveryItem"))).build();
    }

    @GET
    @Path("A_OutbDeliveryHeader")
    public JsonObject headers(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                              @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                              @QueryParam("$inlinecount") String count, @QueryParam("$select") String select,
                              @QueryParam("$expand") String expand) {
        boolean items = V2Collection.expands(expand, "to_DeliveryDocumentItem");
        List<JsonObject> rows = sap.deliveries().headers().stream().map(h -> header(h, items)).toList();
        return V2Collection.answer(rows, base(), SERVICE, "A_OutbDeliveryHeader", "A_OutbDeliveryHeaderType",
                "DeliveryDocument", uriInfo, filter, orderBy, top, skip, count, select);
    }

    @GET
    @Path("A_OutbDeliveryItem")
    public JsonObject items(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                            @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                            @QueryParam("$inlinecount") String count, @QueryParam("$select") String select) {
        return V2Collection.answer(sap.deliveries().items(null), base(), SERVICE, "A_OutbDeliveryItem",
                "A_OutbDeliveryItemType", "DeliveryDocument", uriInfo, filter, orderBy, top, skip, count, select);
    }

    private JsonObject header(JsonObject header, boolean withItems) {
        JsonObjectBuilder shaped = Json.createObjectBuilder(header);
        String uri = base() + "/A_OutbDeliveryHeader('" + header.getString("DeliveryDocument") + "')";
        if (withItems) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            header.getJsonArray("to_DeliveryDocumentItem").forEach(i -> items.add(V2Collection.typed(i.asJsonObject(), SERVICE,
                    "A_OutbDeliveryItemType")));
            shaped.add("to_DeliveryDocumentItem", Json.createObjectBuilder().add("results", items));
        } else {
            shaped.add("to_DeliveryDocumentItem", V2Collection.deferred(uri + "/to_DeliveryDocumentItem"));
        }
        return shaped.build();
    }

    private String base() {
        return uriInfo.getBaseUri() + ROOT + ";v=0002";
    }
}
