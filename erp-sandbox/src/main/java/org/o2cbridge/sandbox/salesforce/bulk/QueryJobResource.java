package org.o2cbridge.sandbox.salesforce.bulk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.o2cbridge.sandbox.salesforce.auth.RequiresSession;
import org.o2cbridge.sandbox.salesforce.data.SObjectJson;

/**
 * Bulk API 2.0 query, {@code /services/data/vNN.N/jobs/query}: create a job with a SOQL query, poll
 * it with {@code GET}, read {@code …/{id}/results?maxRecords=&locator=} as CSV pages with the
 * {@code Sforce-NumberOfRecords} and {@code Sforce-Locator} headers, abort it with {@code PATCH},
 * and {@code DELETE} it. Needs a session token like every REST call.
 */
@RequestScoped
@Path("salesforce/services/data/v{version: \\d+\\.\\d+}/jobs/query")
@RequiresSession
public class QueryJobResource {

    @Inject
    QueryJobService jobs;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject create(@PathParam("version") String version, String body) {
        return BulkJobJson.query(jobs.create(SObjectJson.parseBody(body), version).info(), false);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject get(@PathParam("id") String id) {
        return BulkJobJson.query(jobs.get(id).info(), true);
    }

    @PATCH
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject abort(@PathParam("id") String id, String body) {
        return BulkJobJson.query(jobs.abort(id, SObjectJson.parseBody(body)).info(), false);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        jobs.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/results")
    @Produces("text/csv")
    public Response results(@PathParam("id") String id, @QueryParam("locator") String locator,
                            @QueryParam("maxRecords") Integer maxRecords) {
        QueryJobService.Page page = jobs.results(id, locator, maxRecords);
        StreamingOutput body = out -> page.csv().write(out);
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Sforce-NumberOfRecords", page.numberOfRecords())
                .header("Sforce-Locator", page.locator())
                .build();
    }
}
