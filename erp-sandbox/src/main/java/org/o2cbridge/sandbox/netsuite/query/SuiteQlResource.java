package org.o2cbridge.sandbox.netsuite.query;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.Arrays;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteApiException;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteMedia;

/**
 * NetSuite's SuiteQL endpoint, {@code POST /services/rest/query/v1/suiteql?limit=&offset=} with
 * {@code Prefer: transient} and {@code {"q":"SELECT …"}}: one page of the rows ({@link SuiteQlPage}).
 * A missing {@code Prefer: transient} is refused with 400 {@code INVALID_HEADER} (the simulator's
 * choice of code). Token-based authentication and traffic handling happen before a call gets here,
 * as for record calls.
 */
@RequestScoped
@Path("netsuite/services/rest/query/v1/suiteql")
public class SuiteQlResource {

    @Inject
    SuiteQlService queries;

    @Context
    UriInfo uriInfo;

    @POST
    public Response query(@HeaderParam("Prefer") String prefer, @QueryParam("limit") @DefaultValue("1000") int limit,
                          @QueryParam("offset") @DefaultValue("0") int offset, String body) {
        if (prefer == null || Arrays.stream(prefer.split(",")).noneMatch(p -> p.strip().equalsIgnoreCase("transient"))) {
            throw new NetSuiteApiException(400, "INVALID_HEADER", "Invalid request header: a SuiteQL query needs "
                    + "the header 'Prefer: transient'.", null);
        }
        JsonObject answer = SuiteQlPage.of(queries.select(queryText(body)),
                uriInfo.getAbsolutePathBuilder().replaceQuery(null).build(), limit, offset);
        return Response.ok(answer.toString(), NetSuiteMedia.COLLECTION).build();
    }

    private static String queryText(String body) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw NetSuiteApiException.invalidContent("Invalid content in the request body: the body is not valid JSON.", null);
        }
        if (value instanceof JsonObject object && object.get("q") instanceof JsonString q) {
            return q.getString();
        }
        throw NetSuiteApiException.invalidContent("Invalid content in the request body: {\"q\": \"<SuiteQL query>\"} is expected.", null);
    }
}
