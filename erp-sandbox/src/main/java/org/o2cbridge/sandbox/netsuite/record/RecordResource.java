package org.o2cbridge.sandbox.netsuite.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.util.Arrays;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount.Saved;

/**
 * NetSuite's REST record API, {@code /services/rest/record/v1/{type}}: {@code POST} creates and
 * {@code PUT …/eid:X} upserts, both answering 204 with a {@code Location} naming the internal id;
 * {@code PATCH} updates; {@code GET} reads a record (by internal id or {@code eid:X}) or a page of
 * the collection. Token-based authentication and traffic handling happen before a call gets here.
 */
@RequestScoped
@Path("netsuite/services/rest/record/v1/{type}")
public class RecordResource {

    @Inject
    RecordService records;

    @Context
    UriInfo uriInfo;

    @PathParam("type")
    String type;

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("1000") int limit, @QueryParam("offset") @DefaultValue("0") int offset) {
        if (limit < 1 || limit > 1000 || offset < 0) {
            throw NetSuiteApiException.invalidContent("Invalid value for limit or offset: limit is 1 to 1000, offset 0 or more.", null);
        }
        JsonObject page = RecordJson.page(records.list(type), typeUri(), limit, offset);
        return Response.ok(page.toString(), NetSuiteMedia.COLLECTION).build();
    }

    @POST
    public Response create(String body) {
        return located(records.create(type, parse(body)));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("expandSubResources") @DefaultValue("false") boolean expand) {
        JsonObject record = records.get(type, id);
        JsonObject json = RecordJson.record(record, URI.create(typeUri() + "/" + record.getString("id")), expand);
        return Response.ok(json.toString(), NetSuiteMedia.RECORD).build();
    }

    @PUT
    @Path("{id}")
    public Response upsert(@PathParam("id") String id, String body) {
        if (!id.startsWith("eid:")) {
            throw new NetSuiteApiException(405, "METHOD_NOT_ALLOWED", "PUT is supported only on an external ID "
                    + "(…/" + type + "/eid:<externalId>) to upsert a record; use PATCH to update by internal ID.", null);
        }
        return located(records.upsert(type, id.substring(4), parse(body)));
    }

    @PATCH
    @Path("{id}")
    public Response update(@PathParam("id") String id, @QueryParam("replace") String replace, String body) {
        boolean replaceLines = replace != null && Arrays.stream(replace.split(",")).anyMatch(name -> name.strip().equals("item"));
        records.update(type, id, parse(body), replaceLines);
        return Response.noContent().build();
    }

    private Response located(Saved saved) {
        String canonical = RecordType.fromApiName(type).orElseThrow().apiName();
        return Response.noContent().location(URI.create(recordsUri() + "/" + canonical + "/" + saved.id())).build();
    }

    private URI typeUri() {
        return URI.create(recordsUri() + "/" + RecordType.fromApiName(type).map(RecordType::apiName).orElse(type));
    }

    private String recordsUri() {
        return uriInfo.getBaseUriBuilder().path("netsuite/services/rest/record/v1").build().toString();
    }

    private static JsonObject parse(String body) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw NetSuiteApiException.invalidContent("Invalid content in the request body: the body is not valid JSON.", null);
        }
        if (!(value instanceof JsonObject object)) {
            throw NetSuiteApiException.invalidContent("Invalid content in the request body: a JSON object is expected.", null);
        }
        return object;
    }
}
