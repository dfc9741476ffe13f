package org.o2cbridge.jobs;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.o2cbridge.platform.security.OperatorOnly;
import org.o2cbridge.platform.security.ViewerAllowed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch jobs for operators: list the jobs with their parameters and schedules, start one with
 * parameters (a JSON object of names to values; 409 while it runs), stop, restart or resume an
 * execution, and read executions with their steps' counts, who started them, whether they are
 * stale, and the records a run set aside. Viewers may read.
 */
@Path("v1/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    static final int MAX_LIMIT = 200;

    @Inject
    JobOperations jobs;

    @GET
    @ViewerAllowed
    public List<JobViews.Job> jobs() {
        return jobs.jobs();
    }

    @POST
    @Path("{job}/executions")
    @OperatorOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("job") String job, JsonObject parameters, @Context SecurityContext operator) {
        return Response.status(Response.Status.CREATED)
                .entity(jobs.start(job, values(parameters), operator.getUserPrincipal().getName())).build();
    }

    @GET
    @Path("{job}/executions")
    @ViewerAllowed
    public List<JobViews.Execution> executions(@PathParam("job") String job, @QueryParam("limit") Integer limit) {
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw JobProblems.invalidParameter("limit is between 1 and " + MAX_LIMIT + ".");
        }
        return jobs.executions(job, size);
    }

    @GET
    @Path("executions/{id}")
    @ViewerAllowed
    public JobViews.Execution execution(@PathParam("id") long id) {
        return jobs.execution(id);
    }

    @GET
    @Path("executions/{id}/skipped")
    @ViewerAllowed
    public List<JobViews.Skipped> skipped(@PathParam("id") long id) {
        return jobs.skipped(id);
    }

    /** The findings of a reconciliation run, as a CSV file to download. */
    @GET
    @Path("executions/{id}/report.csv")
    @Produces("text/csv")
    @ViewerAllowed
    public Response report(@PathParam("id") long id) {
        return Response.ok(jobs.reportCsv(id), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"reconciliation-" + id + ".csv\"").build();
    }

    @POST
    @Path("executions/{id}/stop")
    @OperatorOnly
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(jobs.stop(id)).build();
    }

    @POST
    @Path("executions/{id}/restart")
    @OperatorOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restart(@PathParam("id") long id, JsonObject parameters, @Context SecurityContext operator) {
        return Response.status(Response.Status.CREATED)
                .entity(jobs.restart(id, values(parameters), operator.getUserPrincipal().getName())).build();
    }

    /**
     * A new execution in place of a stale one (left running by a bridge instance that stopped), with
     * its parameters; 409 when the execution is not stale or was resumed already.
     */
    @POST
    @Path("executions/{id}/resume")
    @OperatorOnly
    public Response resume(@PathParam("id") long id, @Context SecurityContext operator) {
        return Response.status(Response.Status.CREATED)
                .entity(jobs.resume(id, operator.getUserPrincipal().getName())).build();
    }

    private static Map<String, String> values(JsonObject body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (body == null) {
            return values;
        }
        body.forEach((name, value) -> {
            if (value instanceof JsonString text) {
                values.put(name, text.getString());
            } else if (value instanceof JsonNumber number) {
                values.put(name, number.toString());
            } else if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                values.put(name, value.toString());
            } else if (value != JsonValue.NULL) {
                throw JobProblems.invalidParameter(name + " must be a number, true or false, or a text, not " + value);
            }
        });
        return values;
    }
}
