package org.o2cbridge.sandbox.salesforce.bulk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.o2cbridge.sandbox.platform.RequestOrigin;
import org.o2cbridge.sandbox.salesforce.auth.RequiresSession;
import org.o2cbridge.sandbox.salesforce.data.SObjectJson;

/**
 * Bulk API 2.0 ingest, {@code /services/data/vNN.N/jobs/ingest}: create a job, {@code PUT} its CSV
 * to {@code …/{id}/batches} (201), close or abort it with {@code PATCH}, poll it with {@code GET},
 * read {@code successfulResults}, {@code failedResults} and {@code unprocessedrecords} as CSV, and
 * {@code DELETE} it. Needs a session token like every REST call; errors are Salesforce's arrays.
 */
@RequestScoped
@Path("salesforce/services/data/v{version: \\d+\\.\\d+}/jobs/ingest")
@RequiresSession
public class IngestJobResource {

    private static final String CSV = "text/csv";

    @Inject
    IngestJobService jobs;

    @Context
    UriInfo uriInfo;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject create(@PathParam("version") String version, String body) {
        IngestJob job = jobs.create(SObjectJson.parseBody(body), version, RequestOrigin.of(uriInfo));
        return BulkJobJson.ingest(job.info(), false);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject get(@PathParam("id") String id) {
        return BulkJobJson.ingest(jobs.get(id).info(), true);
    }

    @PATCH
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject changeState(@PathParam("id") String id, String body) {
        return BulkJobJson.ingest(jobs.changeState(id, SObjectJson.parseBody(body)).info(), false);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        jobs.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/batches")
    public Response upload(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           InputStream body) {
        jobs.upload(id, contentType, body);
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("{id}/successfulResults")
    @Produces(CSV)
    public Response successfulResults(@PathParam("id") String id) {
        jobs.get(id);
        return csv(out -> jobs.writeSuccessful(id, out));
    }

    @GET
    @Path("{id}/failedResults")
    @Produces(CSV)
    public Response failedResults(@PathParam("id") String id) {
        jobs.get(id);
        return csv(out -> jobs.writeFailed(id, out));
    }

    @GET
    @Path("{id}/unprocessedrecords")
    @Produces(CSV)
    public Response unprocessedRecords(@PathParam("id") String id) {
        jobs.get(id);
        return csv(out -> jobs.writeUnprocessed(id, out));
    }

    private static Response csv(StreamingOutput body) {
        return Response.ok(body, CSV + ";charset=UTF-8").build();
    }
}
