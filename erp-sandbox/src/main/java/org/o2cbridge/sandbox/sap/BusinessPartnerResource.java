package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The business partner service, OData v2 ({@code /sap/opu/odata/sap/API_BUSINESS_PARTNER/}): the
 * service document (CSRF fetch), reading {@code A_BusinessPartner} by {@code $filter} (e.g.
 * {@code BusinessPartnerIDByExtSystem eq '…'}) as {@code {"d":{"results":[…]}}}, and the deep insert
 * of a partner with its addresses, roles and customer sales areas, answered 201 {@code {"d":{…}}};
 * and a customer's sales areas ({@code A_CustomerSalesArea}), read by {@code $filter} and extended
 * by {@code POST}. All of these also as operations of an OData v2 {@code $batch} ({@link SapBatch}),
 * reads outside change sets and writes inside them; the {@code $batch} call is one call of the
 * system (CSRF, throttling and faults apply to it as a whole).
 */
@RequestScoped
@Path(BusinessPartnerResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class BusinessPartnerResource {

    static final String ROOT = "sap/sap/opu/odata/sap/API_BUSINESS_PARTNER";

    @Inject
    SapSimulator sap;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject serviceDocument() {
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("EntitySets",
                Json.createArrayBuilder().add("A_BusinessPartner").add("A_BusinessPartnerAddress")
                        .add("A_Customer").add("A_CustomerSalesArea"))).build();
    }

    @GET
    @Path("A_BusinessPartner")
    public JsonObject query(@QueryParam("$filter") String filter, @QueryParam("$top") Integer top) {
        Predicate<JsonObject> matches = ODataQuery.filter(filter);
        if (matches == null) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "The simulator understands only $filter="
                    + "Property eq 'value': " + filter, "$filter");
        }
        JsonArrayBuilder results = Json.createArrayBuilder();
        sap.book().businessPartners(matches).stream().limit(top == null ? Long.MAX_VALUE : top)
                .forEach(p -> results.add(entity(p)));
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("results", results)).build();
    }

    @POST
    @Path("A_BusinessPartner")
    public Response create(String body) {
        JsonObject partner = sap.book().createBusinessPartner(SapJson.object(body, true));
        JsonObject answer = Json.createObjectBuilder().add("d", entity(partner)).build();
        return Response.status(201).location(uri(partner)).entity(answer.toString()).build();
    }

    @GET
    @Path("A_CustomerSalesArea")
    public JsonObject salesAreas(@QueryParam("$filter") String filter, @QueryParam("$top") Integer top) {
        Predicate<JsonObject> matches = ODataQuery.filter(filter);
        if (matches == null) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "The simulator understands only $filter="
                    + "Property eq 'value' [and …]: " + filter, "$filter");
        }
        JsonArrayBuilder results = Json.createArrayBuilder();
        sap.book().customerSalesAreas(matches).stream().limit(top == null ? Long.MAX_VALUE : top).forEach(results::add);
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("results", results)).build();
    }

    @POST
    @Path("A_CustomerSalesArea")
    public Response extendSalesArea(String body) {
        JsonObject area = sap.book().extendSalesArea(SapJson.object(body, true));
        return Response.status(201).entity(Json.createObjectBuilder().add("d", area).build().toString()).build();
    }

    @POST
    @Path("{batch: \\$batch}")
    public Response batch(@HeaderParam("Content-Type") String contentType, String body) {
        String root = uriInfo.getBaseUri() + ROOT + "/";
        SapBatch.Answer answer = new SapBatch(this::execute, root).execute(contentType, body, sap.book());
        return Response.status(202).header("DataServiceVersion", "2.0").entity(answer.body())
                .type(answer.contentType()).build();
    }

    /** One operation of a batch, as the service's own calls do it. */
    private SapBatch.Result execute(String method, String path, Map<String, String> query, String body) {
        String top = query.get("$top");
        Integer limit;
        try {
            limit = top == null || top.isBlank() ? null : Integer.valueOf(top.strip());
        } catch (NumberFormatException e) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "Invalid $top: " + top, "$top");
        }
        return switch (method + " " + path) {
            case "GET A_BusinessPartner" -> new SapBatch.Result(200, query(query.get("$filter"), limit), null);
            case "GET A_CustomerSalesArea" -> new SapBatch.Result(200, salesAreas(query.get("$filter"), limit), null);
            case "POST A_BusinessPartner" -> {
                JsonObject partner = sap.book().createBusinessPartner(SapJson.object(body, true));
                yield new SapBatch.Result(201, Json.createObjectBuilder().add("d", entity(partner)).build(), uri(partner));
            }
            case "POST A_CustomerSalesArea" -> new SapBatch.Result(201, Json.createObjectBuilder()
                    .add("d", sap.book().extendSalesArea(SapJson.object(body, true))).build(), null);
            default -> throw SapApiException.v2(404, "/IWBEP/CM_MGW_RT/021", "Resource not found for segment '"
                    + path + "' (" + method + ")", null);
        };
    }

    private JsonObject entity(JsonObject partner) {
        String uri = uri(partner).toString();
        return Json.createObjectBuilder(BusinessPartnerRules.header(partner))
                .add("__metadata", Json.createObjectBuilder().add("id", uri).add("uri", uri)
                        .add("type", "API_BUSINESS_PARTNER.A_BusinessPartnerType")).build();
    }

    private URI uri(JsonObject partner) {
        return URI.create(uriInfo.getBaseUri() + ROOT + "/A_BusinessPartner('" + partner.getString("BusinessPartner") + "')");
    }
}
