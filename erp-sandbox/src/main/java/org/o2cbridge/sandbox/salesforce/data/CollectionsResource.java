package org.o2cbridge.sandbox.salesforce.data;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.o2cbridge.sandbox.platform.RequestOrigin;
import org.o2cbridge.sandbox.salesforce.auth.RequiresSession;

/**
 * The REST API's sObject Collections resource, {@code /services/data/vNN.N/composite/sobjects}:
 * {@code PATCH} updates and {@code POST} creates up to 200 records, and
 * {@code PATCH …/{SObject}/{ExternalIdField}} upserts them, answering 200 with one result per record
 * even when some fail (400 only for a malformed request or more than 200 records).
 * Needs a session token like every REST call.
 */
@RequestScoped
@Path("salesforce/services/data/{version: v\\d+\\.\\d+}/composite/sobjects")
@RequiresSession
@Produces(MediaType.APPLICATION_JSON)
public class CollectionsResource {

    @Inject
    CollectionsService collections;

    @Inject
    CollectionsUpsertService upserts;

    @Context
    UriInfo uriInfo;

    @PATCH
    public JsonArray update(String body) {
        return collections.update(SObjectJson.parseBody(body), RequestOrigin.of(uriInfo));
    }

    @POST
    public JsonArray create(String body) {
        return collections.create(SObjectJson.parseBody(body), RequestOrigin.of(uriInfo));
    }

    @PATCH
    @Path("{type}/{externalIdField}")
    public JsonArray upsert(@PathParam("type") String type, @PathParam("externalIdField") String externalIdField, String body) {
        return upserts.upsert(type, externalIdField, SObjectJson.parseBody(body));
    }
}
