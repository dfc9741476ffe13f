package org.o2cbridge.sandbox.netsuite.soap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The simulated SuiteTalk SOAP endpoint, {@code POST …/services/NetSuitePort_2023_2}: answers
 * {@code upsertList} of customers (see {@link UpsertListService}) as {@code text/xml}. The account's
 * concurrency limit and fault injection apply as for REST, in SOAP's own fault shape.
 */
@RequestScoped
@Path("netsuite/services/NetSuitePort_2023_2")
public class UpsertListResource {

    @Inject
    UpsertListService service;

    @POST
    public Response post(String body) {
        UpsertListService.Answer answer = service.handle(body);
        return Response.status(answer.status()).type("text/xml; charset=utf-8").entity(answer.envelope()).build();
    }
}
