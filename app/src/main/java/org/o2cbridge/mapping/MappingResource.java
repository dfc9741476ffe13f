package org.o2cbridge.mapping;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;
import org.o2cbridge.platform.security.OperatorOnly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Admin API of the mapping tables, for operators: list the rows (JSON, or CSV with
 * {@code ?format=csv}), set or delete what a target system calls a Salesforce value
 * ({@code PUT /api/v1/admin/mappings/netsuite/item/WID-999}), and import a CSV file as a whole.
 */
@Path("v1/admin/mappings")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class MappingResource {

    static final String CSV = "text/csv";

    @Inject
    MappingService mappings;

    @Inject
    @ConfigProperty(name = "o2c.mapping.import-max-rows", defaultValue = "10000")
    int importMaxRows;

    /** A mapping row as the API shows it. */
    public record MappingRow(String targetSystem, String mapType, String sourceValue, String targetValue,
                             String updatedBy, Instant updatedAt) {

        static MappingRow of(ValueMapping m) {
            return new MappingRow(m.targetSystem(), m.mapType(), m.sourceValue(), m.targetValue(), m.updatedBy(),
                    m.updatedAt());
        }
    }

    /** The value to map to. */
    public record TargetValue(String targetValue) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response list(@QueryParam("system") String system, @QueryParam("format") String format) {
        List<ValueMapping> rows = mappings.list(system);
        if ("csv".equals(format)) {
            return Response.ok(MappingCsv.write(rows), CSV + "; charset=UTF-8").header("Content-Disposition",
                    "attachment; filename=\"mappings.csv\"").build();
        }
        if (format != null && !"json".equals(format)) {
            throw new ProblemException(Problem.of(400, "Bad Request", "unknown-format",
                    "format is csv or json, not '" + format + "'."));
        }
        return Response.ok(rows.stream().map(MappingRow::of).toList(), MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("{system}/{type}/{source}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MappingRow put(@PathParam("system") String system, @PathParam("type") String type,
                          @PathParam("source") String source, TargetValue body, @Context SecurityContext operator) {
        if (body == null || body.targetValue() == null || body.targetValue().isBlank()) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "validation-failed",
                    "Give the value the target system uses: {\"targetValue\": \"...\"}."));
        }
        return MappingRow.of(mappings.put(system, type, source, body.targetValue().strip(),
                operator.getUserPrincipal().getName()));
    }

    @DELETE
    @Path("{system}/{type}/{source}")
    public Response delete(@PathParam("system") String system, @PathParam("type") String type,
                           @PathParam("source") String source, @Context SecurityContext operator) {
        if (!mappings.delete(system, type, source, operator.getUserPrincipal().getName())) {
            throw new ProblemException(Problem.of(404, "Not Found", "mapping-not-found",
                    "No mapping row " + system + "/" + type + "/" + source + "."));
        }
        return Response.noContent().build();
    }

    /** Sets every row of a CSV file in one transaction; a bad file is refused whole and changes nothing. */
    @POST
    @Path("import")
    @Consumes(CSV)
    public MappingService.ImportCounts importCsv(InputStream body, @Context SecurityContext operator) {
        List<MappingCsv.Row> rows = MappingCsv.read(readAll(body), importMaxRows);
        return mappings.importRows(rows, operator.getUserPrincipal().getName());
    }

    private static String readAll(InputStream body) {
        try {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
