package org.o2cbridge.sandbox.d365.odata;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.o2cbridge.sandbox.d365.D365Environment;
import org.o2cbridge.sandbox.d365.D365History;
import org.o2cbridge.sandbox.d365.D365Simulator;
import org.o2cbridge.sandbox.d365.billing.D365InvoiceHistory;
import org.o2cbridge.sandbox.d365.billing.D365PaymentJournals;

/**
 * The F&O OData service root, {@code /d365/data/}: entity sets by name with an optional key
 * predicate, and {@code POST /d365/data/$batch}. History reads of sales orders and their lines are
 * answered from the planned history ({@link D365History}). JSON answers carry {@code OData-Version: 4.0}.
 */
@RequestScoped
@Path("d365/data")
public class ODataResource {

    private static final String JSON = "application/json; odata.metadata=minimal";

    @Inject
    D365Simulator simulator;

    @Inject
    D365Environment environment;

    @Inject
    D365InvoiceHistory invoices;

    @Inject
    D365PaymentJournals payments;

    @Inject
    D365History history;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Path("{path: .+}")
    public Response get(@PathParam("path") String path) {
        if (path.equals(D365InvoiceHistory.ENTITY_SET)) {
            try {
                return answer(ODataAnswer.of(200, invoices.query(request("GET", path, null).query(), serviceRoot(),
                        simulator.service().defaultCompany())));
            } catch (ODataException e) {
                return answer(ODataAnswer.error(e));
            }
        }
        if (path.equals(D365PaymentJournals.HEADERS) || path.equals(D365PaymentJournals.LINES)) {
            try {
                java.util.Map<String, String> options = request("GET", path, null).query();
                String company = simulator.service().defaultCompany();
                return answer(ODataAnswer.of(200, path.equals(D365PaymentJournals.HEADERS)
                        ? payments.queryHeaders(options, serviceRoot(), company)
                        : payments.queryLines(options, serviceRoot(), company)));
            } catch (ODataException e) {
                return answer(ODataAnswer.error(e));
            }
        }
        String query = uriInfo.getRequestUri().getRawQuery();
        java.util.Map<String, String> options = ODataRequest.parseQuery(query);
        if (history.answers(path, options)) {
            try {
                return answer(history.query(path, options, serviceRoot(), path + "?" + query));
            } catch (ODataException e) {
                return answer(ODataAnswer.error(e));
            }
        }
        return answer(simulator.service().execute(request("GET", path, null), serviceRoot()));
    }

    @POST
    @Path("{path: .+}")
    public Response post(@PathParam("path") String path, @HeaderParam("Content-Type") String contentType, String body) {
        if (path.equals("$batch")) {
            try {
                BatchService.BatchAnswer answer = simulator.batch().execute(contentType, body, serviceRoot());
                return Response.ok(answer.body(), answer.contentType()).header("OData-Version", "4.0").build();
            } catch (ODataException e) {
                return answer(ODataAnswer.error(e));
            }
        }
        return answer(simulator.service().execute(request("POST", path, body), serviceRoot()));
    }

    @PATCH
    @Path("{path: .+}")
    public Response patch(@PathParam("path") String path, String body) {
        return answer(simulator.service().execute(request("PATCH", path, body), serviceRoot()));
    }

    private ODataRequest request(String method, String path, String body) {
        String query = uriInfo.getRequestUri().getRawQuery();
        return new ODataRequest(method, path, ODataRequest.parseQuery(query), body);
    }

    private String serviceRoot() {
        return environment.url(servletRequest) + "/data/";
    }

    private static Response answer(ODataAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).header("OData-Version", "4.0");
        if (answer.location() != null) {
            response.header("Location", answer.location());
        }
        if (answer.body() != null) {
            response.entity(answer.body().toString()).type(JSON);
        }
        return response.build();
    }
}
