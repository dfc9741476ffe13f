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
 * The product master service, OData v2 ({@code /sap/opu/odata/sap/API_PRODUCT_SRV/}): queries of
 * {@code A_Product} with the options of {@link V2Collection} and {@code $expand=to_Description}
 * (unexpanded, the navigation is {@code __deferred}). Products are made through {@code /api/sap/products}.
 */
@RequestScoped
@Path(ProductResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    static final String ROOT = "sap/sap/opu/odata/sap/API_PRODUCT_SRV";
    private static final String SERVICE = "API_PRODUCT_SRV";

    @Inject
    SapSimulator sap;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject serviceDocument() {
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("EntitySets",
                Json.createArrayBuilder().add("A_Product").add("A_ProductDescription"))).build();
    }

    @GET
    @Path("A_Product")
    public JsonObject products(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                               @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                               @QueryParam("$inlinecount") String count, @QueryParam("$select") String select,
                               @QueryParam("$expand") String expand) {
        boolean descriptions = V2Collection.expands(expand, "to_Description");
        String base = uriInfo.getBaseUri() + ROOT;
        List<JsonObject> rows = sap.products().all().stream().map(p -> {
            JsonObjectBuilder shaped = Json.createObjectBuilder(p);
            String uri = base + "/A_Product('" + p.getString("Product") + "')";
            if (descriptions) {
                JsonArrayBuilder results = Json.createArrayBuilder();
                p.getJsonArray("to_Description").forEach(d -> results.add(V2Collection.typed(d.asJsonObject(), SERVICE,
                        "A_ProductDescriptionType")));
                shaped.add("to_Description", Json.createObjectBuilder().add("results", results));
            } else {
                shaped.add("to_Description", V2Collection.deferred(uri + "/to_Description"));
            }
            return shaped.build();
        }).toList();
        return V2Collection.answer(rows, base, SERVICE, "A_Product", "A_ProductType", "Product", uriInfo, filter,
                orderBy, top, skip, count, select);
    }
}
