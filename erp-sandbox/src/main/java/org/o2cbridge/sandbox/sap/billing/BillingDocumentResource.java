package org.o2cbridge.sandbox.sap.billing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.o2cbridge.sandbox.sap.SapApiException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The billing document service, OData v2 ({@code /sap/opu/odata/sap/API_BILLING_DOCUMENT_SRV/}):
 * {@code A_BillingDocument} read as {@code {"d":{"results":[…]}}} with the query options a change
 * feed uses — {@code $filter} on {@code LastChangeDateTime gt datetimeoffset'…'} and
 * {@code BillingDocumentType eq '…'} (joined by {@code and}/{@code or}), {@code $orderby} of
 * {@code LastChangeDateTime,BillingDocument}, {@code $top}/{@code $skip}, {@code $inlinecount=allpages}
 * ({@code __count}, a string as v2 writes it), {@code $expand=to_Item} (else the items are
 * {@code __deferred}) and {@code $select}. Anything else in a filter or an order is refused with
 * SAP's 400, so a client never silently gets an unfiltered or unordered list.
 */
@RequestScoped
@Path(BillingDocumentResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class BillingDocumentResource {

    static final String ROOT = "sap/sap/opu/odata/sap/API_BILLING_DOCUMENT_SRV";
    private static final Pattern CHANGED_AFTER = Pattern.compile("LastChangeDateTime\\s+gt\\s+datetimeoffset'([^']+)'");
    private static final Pattern TYPE = Pattern.compile("BillingDocumentType\\s+eq\\s+'(\\w+)'");
    private static final Set<String> ORDERS = Set.of("", "LastChangeDateTime,BillingDocument",
            "LastChangeDateTime asc,BillingDocument asc");

    @Inject
    SapBillingHistory history;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject serviceDocument() {
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("EntitySets",
                Json.createArrayBuilder().add("A_BillingDocument").add("A_BillingDocumentItem"))).build();
    }

    @GET
    @Path("A_BillingDocument")
    public JsonObject query(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                            @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                            @QueryParam("$inlinecount") String inlineCount, @QueryParam("$expand") String expand,
                            @QueryParam("$select") String select) {
        if (!ORDERS.contains(orderBy == null ? "" : orderBy.replaceAll("\\s*,\\s*", ",").strip())) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "The simulator orders billing documents only by "
                    + "LastChangeDateTime,BillingDocument: " + orderBy, "$orderby");
        }
        if ((top != null && top < 0) || (skip != null && skip < 0)) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "$top and $skip are 0 or more", null);
        }
        List<SapBillingHistory.Document> matching = history.documents().stream().filter(filter(filter))
                .sorted(java.util.Comparator.comparing(SapBillingHistory.Document::changed)
                        .thenComparing(d -> d.entity().getString("BillingDocument")))
                .toList();
        boolean items = expand != null && Arrays.stream(expand.split(",")).map(String::strip).anyMatch("to_Item"::equals);
        JsonArrayBuilder results = Json.createArrayBuilder();
        matching.stream().skip(skip == null ? 0 : skip).limit(top == null ? Long.MAX_VALUE : top)
                .forEach(d -> results.add(entity(d.entity(), items, select)));
        JsonObjectBuilder d = Json.createObjectBuilder();
        if ("allpages".equals(inlineCount)) {
            d.add("__count", Integer.toString(matching.size()));
        }
        return Json.createObjectBuilder().add("d", d.add("results", results)).build();
    }

    /** The documents {@code $filter} selects; a filter the simulator does not understand is SAP's 400. */
    static Predicate<SapBillingHistory.Document> filter(String expression) {
        if (expression == null || expression.isBlank()) {
            return d -> true;
        }
        Instant after = null;
        Matcher changed = CHANGED_AFTER.matcher(expression);
        String rest = expression;
        if (changed.find()) {
            try {
                after = Instant.parse(changed.group(1));
            } catch (DateTimeParseException e) {
                throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/020", "Invalid datetimeoffset literal "
                        + changed.group(1), "$filter");
            }
            rest = changed.replaceAll(" ");
        }
        Matcher types = TYPE.matcher(rest);
        Set<String> wanted = types.results().map(m -> m.group(1)).collect(Collectors.toSet());
        rest = TYPE.matcher(rest).replaceAll(" ");
        if (!rest.replaceAll("\\b(and|or)\\b", " ").replaceAll("[\\s()]", "").isEmpty()) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "The simulator filters billing documents only on "
                    + "LastChangeDateTime gt datetimeoffset'…' and BillingDocumentType eq '…': " + expression, "$filter");
        }
        Instant bound = after;
        return d -> (bound == null || d.changed().isAfter(bound))
                && (wanted.isEmpty() || wanted.contains(d.entity().getString("BillingDocumentType")));
    }

    private JsonObject entity(JsonObject document, boolean items, String select) {
        String number = document.getString("BillingDocument");
        String uri = uriInfo.getBaseUri() + ROOT + "/A_BillingDocument('" + number + "')";
        Set<String> selected = select == null || select.isBlank() ? null
                : Arrays.stream(select.split(",")).map(String::strip).collect(Collectors.toSet());
        JsonObjectBuilder entity = Json.createObjectBuilder().add("__metadata", Json.createObjectBuilder()
                .add("id", uri).add("uri", uri).add("type", "API_BILLING_DOCUMENT_SRV.A_BillingDocumentType"));
        document.forEach((name, value) -> {
            if (name.equals("to_Item")) {
                entity.add(name, items ? items(value, selected) : Json.createObjectBuilder().add("__deferred",
                        Json.createObjectBuilder().add("uri", uri + "/to_Item")).build());
            } else if (selected == null || selected.contains(name)) {
                entity.add(name, value);
            }
        });
        return entity.build();
    }

    private static JsonValue items(JsonValue value, Set<String> selected) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (JsonValue item : value.asJsonObject().getJsonArray("results")) {
            JsonObjectBuilder kept = Json.createObjectBuilder().add("__metadata", Json.createObjectBuilder()
                    .add("type", "API_BILLING_DOCUMENT_SRV.A_BillingDocumentItemType"));
            item.asJsonObject().forEach((name, field) -> {
                if (selected == null || selected.contains("to_Item/" + name) || selected.contains("to_Item")) {
                    kept.add(name, field);
                }
            });
            results.add(kept);
        }
        return Json.createObjectBuilder().add("results", results).build();
    }
}
