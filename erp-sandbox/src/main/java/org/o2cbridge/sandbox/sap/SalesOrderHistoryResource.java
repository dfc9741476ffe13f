package org.o2cbridge.sandbox.sap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.o2cbridge.sandbox.netsuite.history.HistoryGenerator;

/**
 * The sales order service, OData v2 ({@code /sap/opu/odata/sap/API_SALES_ORDER_SRV/}), as far as a
 * history read uses it: the service document, and {@code A_SalesOrder} queried by
 * {@code $filter=SalesOrderDate ge datetime'…' and SalesOrderDate lt datetime'…'} (optionally
 * {@code and SalesOrder gt '…'}), {@code $orderby=SalesOrder}, {@code $top}, {@code $skip},
 * {@code $expand=to_Item} and {@code $inlinecount=allpages} ({@code d.__count}, a string). A
 * result longer than {@value #SERVER_PAGE} entries is cut there, with {@code d.__next}, as SAP
 * Gateway's server-side paging does. Other filters are refused with 400, so a client never gets an
 * unfiltered list. The orders come from the planned history ({@link SapHistory}); none planned
 * answers an empty list.
 */
@RequestScoped
@Path(SalesOrderHistoryResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class SalesOrderHistoryResource {

    static final String ROOT = "sap/sap/opu/odata/sap/API_SALES_ORDER_SRV";
    static final int SERVER_PAGE = 5000;

    @Inject
    SapHistory history;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject serviceDocument() {
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("EntitySets",
                Json.createArrayBuilder().add("A_SalesOrder").add("A_SalesOrderItem"))).build();
    }

    @GET
    @Path("A_SalesOrder")
    public JsonObject query(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                            @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                            @QueryParam("$skiptoken") Integer skipToken,
                            @QueryParam("$expand") String expand, @QueryParam("$inlinecount") String inlineCount) {
        if (orderBy != null && !orderBy.strip().equals("SalesOrder") && !orderBy.strip().equals("SalesOrder asc")) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "The simulator orders history only by SalesOrder: "
                    + orderBy, "$orderby");
        }
        if (expand != null && !expand.isBlank() && !expand.strip().equals("to_Item")) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "The simulator expands only to_Item: " + expand, "$expand");
        }
        String root = uriInfo.getBaseUri().toString() + ROOT + "/";
        JsonArrayBuilder results = Json.createArrayBuilder();
        JsonObjectBuilder d = Json.createObjectBuilder();
        HistoryGenerator generator = history.current().orElse(null);
        long total = 0;
        if (generator != null) {
            long[] range = SapHistory.select(generator, filter);
            if (range == null) {
                throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "The simulator reads history by $filter="
                        + "SalesOrderDate ge datetime'…' and SalesOrderDate lt datetime'…' [and SalesOrder gt '…']: "
                        + filter, "$filter");
            }
            total = range[1] - range[0];
            long first = Math.min(range[1], range[0] + Math.max(0, skip == null ? 0 : skip)
                    + Math.max(0, skipToken == null ? 0 : skipToken));
            long wanted = top == null ? Long.MAX_VALUE : Math.max(0, top);
            long end = Math.min(range[1], first + Math.min(wanted, SERVER_PAGE));
            for (long index = first; index < end; index++) {
                results.add(SapHistory.entity(generator.order(index), root, expand != null && !expand.isBlank()));
            }
            if (end < range[1] && end - first == SERVER_PAGE && wanted > SERVER_PAGE) {
                String query = uriInfo.getRequestUri().getRawQuery().replaceAll("&?\\$skiptoken=\\d+", "");
                d.add("__next", root + "A_SalesOrder?" + query + "&$skiptoken="
                        + (end - range[0] - Math.max(0, skip == null ? 0 : skip)));
            }
        }
        if ("allpages".equals(inlineCount)) {
            d.add("__count", Long.toString(total));
        }
        return Json.createObjectBuilder().add("d", d.add("results", results)).build();
    }
}
