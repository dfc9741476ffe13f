package org.o2cbridge.connector.netsuite;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * SuiteTalk REST record service ({@code /services/rest/record/v1}), the calls the adapter makes:
 * upserts by external id ({@code PUT …/eid:<id>}, which creates or updates) and reads by external
 * id. Built by {@link NetSuiteRecords} with the signing filter and the error mapper; answers are
 * raw responses because NetSuite's useful part of a 204 is its {@code Location} header.
 */
@Path("/services/rest/record/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface NetSuiteRecordClient {

    @PUT
    @Path("/customer/eid:{externalId}")
    Response upsertCustomer(@PathParam("externalId") String externalId, @QueryParam("replace") String replace,
                            NetSuiteBodies.Customer customer);

    @GET
    @Path("/customer/eid:{externalId}")
    Response readCustomer(@PathParam("externalId") String externalId);

    @PUT
    @Path("/salesOrder/eid:{externalId}")
    Response upsertSalesOrder(@PathParam("externalId") String externalId, @QueryParam("replace") String replace,
                              NetSuiteBodies.SalesOrder salesOrder);

    @GET
    @Path("/salesOrder/eid:{externalId}")
    Response readSalesOrder(@PathParam("externalId") String externalId);
}
