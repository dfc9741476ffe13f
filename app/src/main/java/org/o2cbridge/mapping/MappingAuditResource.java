package org.o2cbridge.mapping;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;
import org.o2cbridge.platform.security.ViewerAllowed;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail of the mapping tables, for viewers and operators: who added, changed or deleted
 * which row when, and its target value before and after, newest first.
 */
@Path("v1/admin/mappings/audit")
@ViewerAllowed
@Produces(MediaType.APPLICATION_JSON)
public class MappingAuditResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    MappingService mappings;

    /** One audited change as the API shows it; {@code oldTarget} is null when added, {@code newTarget} when deleted. */
    public record ChangeRow(String targetSystem, String mapType, String sourceValue, String action, String oldTarget,
                            String newTarget, String changedBy, Instant changedAt) {

        static ChangeRow of(MappingChange c) {
            return new ChangeRow(c.targetSystem(), c.mapType(), c.sourceValue(), c.action(), c.oldTarget(),
                    c.newTarget(), c.changedBy(), c.changedAt());
        }
    }

    @GET
    public List<ChangeRow> changes(@QueryParam("system") String system, @QueryParam("type") String type,
                                   @QueryParam("limit") Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ProblemException(Problem.of(400, "Bad Request", "invalid-limit",
                    "limit is between 1 and " + MAX_LIMIT + "."));
        }
        return mappings.changes(system, type, size).stream().map(ChangeRow::of).toList();
    }
}
