package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.o2cbridge.platform.security.Authenticated;

import java.io.InputStream;

/**
 * The order API the Salesforce package calls: hand over activated orders, and read where an order
 * stands. Accepting only records the events and their work; nothing is called out in the request.
 * One instance serves every request (it holds no request state), so no resource object is built
 * and injected per call.
 */
@ApplicationScoped
@Path("v1")
@Authenticated
public class OrderEventResource {

    @Inject
    OrderEventReader reader;

    @Inject
    OrderEventService events;

    @Inject
    OrderStatusService statuses;

    @POST
    @Path("order-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(InputStream body, @Context SecurityContext security) {
        OrderEventBatch batch = reader.read(body);
        AcceptanceResponse answer = events.accept(batch, security.getUserPrincipal().getName());
        return Response.accepted(answer).build();
    }

    @GET
    @Path("orders/{sfOrderId}")
    @Produces(MediaType.APPLICATION_JSON)
    public OrderStatus status(@PathParam("sfOrderId") String sfOrderId) {
        return statuses.statusOf(sfOrderId);
    }
}
