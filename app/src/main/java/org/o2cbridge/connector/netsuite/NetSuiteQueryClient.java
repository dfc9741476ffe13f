package org.o2cbridge.connector.netsuite;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * SuiteTalk REST query service ({@code /services/rest/query/v1}): one SuiteQL query, one page of
 * its rows. NetSuite requires {@code Prefer: transient}; {@code limit} is at most 1000 and
 * {@code offset} a multiple of it. Built by {@link NetSuiteClientFactory} like the record client,
 * with the same signing filter and error mapper.
 */
@Path("/services/rest/query/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface NetSuiteQueryClient {

    String TRANSIENT = "transient";

    @POST
    @Path("/suiteql")
    Response suiteQl(@HeaderParam("Prefer") String prefer, @QueryParam("limit") int limit,
                     @QueryParam("offset") int offset, SuiteQlRequest query);

    /** The request body: the query text. */
    record SuiteQlRequest(String q) {
    }
}
