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
 * The sales pricing condition record service, OData v2 ({@code /sap/opu/odata/sap/API_SLSPRICINGCONDITIONRECORD_SRV/}),
 * read only: queries of {@code A_SlsPrcgConditionRecord} ({@code $expand=to_SlsPrcgCndnRecdValidity},
 * a to-many navigation, {@code {"results":[…]}}) and of {@code A_SlsPrcgCndnRecdValidity}
 * ({@code $expand=to_SlsPrcgConditionRecord}, to-one, the record itself), with the options of
 * {@link V2Collection}; unexpanded, a navigation is {@code __deferred}. Prices are seeded and
 * changed through {@code /api/sap/prices}.
 */
@RequestScoped
@Path(PricingConditionResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class PricingConditionResource {

    static final String ROOT = "sap/sap/opu/odata/sap/API_SLSPRICINGCONDITIONRECORD_SRV";
    private static final String SERVICE = "API_SLSPRICINGCONDITIONRECORD_SRV";

    @Inject
    SapSimulator sap;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject serviceDocument() {
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("EntitySets",
                Json.createArrayBuilder().add("A_SlsPrcgConditionRecord").add("A_SlsPrcgCndnRecdValidity"))).build();
    }

    @GET
    @Path("A_SlsPrcgConditionRecord")
    public JsonObject records(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                              @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                              @QueryParam("$inlinecount") String count, @QueryParam("$select") String select,
                              @QueryParam("$expand") String expand) {
        boolean expanded = V2Collection.expands(expand, "to_SlsPrcgCndnRecdValidity");
        String base = uriInfo.getBaseUri() + ROOT;
        SapPricing pricing = sap.pricing();
        List<JsonObject> rows = pricing.records().stream().map(record -> {
            String number = record.getString("ConditionRecord");
            JsonObjectBuilder shaped = Json.createObjectBuilder(record);
            if (expanded) {
                JsonArrayBuilder results = Json.createArrayBuilder();
                pricing.validitiesOf(number).forEach(v -> results.add(
                        V2Collection.typed(v, SERVICE, "A_SlsPrcgCndnRecdValidityType")));
                shaped.add("to_SlsPrcgCndnRecdValidity", Json.createObjectBuilder().add("results", results));
            } else {
                shaped.add("to_SlsPrcgCndnRecdValidity", V2Collection.deferred(base + "/A_SlsPrcgConditionRecord('" + number
                        + "')/to_SlsPrcgCndnRecdValidity"));
            }
            return shaped.build();
        }).toList();
        return V2Collection.answer(rows, base, SERVICE, "A_SlsPrcgConditionRecord", "A_SlsPrcgConditionRecordType",
                "ConditionRecord", uriInfo, filter, orderBy, top, skip, count, select);
    }

    @GET
    @Path("A_SlsPrcgCndnRecdValidity")
    public JsonObject validities(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                                 @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                                 @QueryParam("$inlinecount") String count, @QueryParam("$select") String select,
                                 @QueryParam("$expand") String expand) {
        boolean expanded = V2Collection.expands(expand, "to_SlsPrcgConditionRecord");
        String base = uriInfo.getBaseUri() + ROOT;
        SapPricing pricing = sap.pricing();
        List<JsonObject> rows = pricing.validities().stream().map(validity -> {
            String number = validity.getString("ConditionRecord");
            JsonObjectBuilder shaped = Json.createObjectBuilder(validity);
            JsonObject record = pricing.record(number);
            if (expanded && record != null) {
                shaped.add("to_SlsPrcgConditionRecord", V2Collection.typed(record, SERVICE, "A_SlsPrcgConditionRecordType"));
            } else {
                shaped.add("to_SlsPrcgConditionRecord", V2Collection.deferred(base + "/A_SlsPrcgCndnRecdValidity(ConditionRecord='"
                        + number + "')/to_SlsPrcgConditionRecord"));
            }
            return shaped.build();
        }).toList();
        return V2Collection.answer(rows, base, SERVICE, "A_SlsPrcgCndnRecdValidity", "A_SlsPrcgCndnRecdValidityType",
                "ConditionRecord", uriInfo, filter, orderBy, top, skip, count, select);
    }

}
