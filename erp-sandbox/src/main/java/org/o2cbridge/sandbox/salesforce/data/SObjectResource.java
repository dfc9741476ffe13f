package org.o2cbridge.sandbox.salesforce.data;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.o2cbridge.sandbox.platform.RequestOrigin;
import org.o2cbridge.sandbox.salesforce.auth.RequiresSession;

/**
 * The REST API's sObject resource for one record, {@code /services/data/vNN.N/sobjects/{type}/{id}}:
 * GET answers the record with its {@code attributes}, PATCH updates fields and answers 204. Every
 * call needs a session token from the token endpoint; errors answer as Salesforce's error arrays.
 */
@RequestScoped
@Path("salesforce/services/data/{version: v\\d+\\.\\d+}/sobjects/{type}/{id}")
@RequiresSession
public class SObjectResource {

    @Inject
    SObjectService records;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject get(@PathParam("version") String version, @PathParam("type") String type,
                          @PathParam("id") String id) {
        return SObjectJson.toRestJson(records.get(type, id), version);
    }

    @PATCH
    public Response patch(@PathParam("type") String type, @PathParam("id") String id, String body) {
        records.patch(type, id, SObjectJson.parseBody(body), RequestOrigin.of(uriInfo));
        return Response.noContent().build();
    }
}
