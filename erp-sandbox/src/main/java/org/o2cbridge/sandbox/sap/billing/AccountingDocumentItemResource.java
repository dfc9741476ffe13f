package org.o2cbridge.sandbox.sap.billing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.o2cbridge.sandbox.sap.SapApiException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operational accounting document item cube, OData v2
 * ({@code /sap/opu/odata/sap/API_OPLACCTGDOCITEMCUBE_SRV/}): {@code A_OperationalAcctgDocItemCube}
 * holding the customer items of the simulated payments ({@link SapBillingHistory#payments()}), read
 * as {@code {"d":{"results":[…]}}} with the query options a payment feed uses — {@code $filter} of
 * {@code AccountingDocumentType eq '…'} and {@code FinancialAccountType eq '…'} joined by
 * {@code and} to date conditions {@code <date field> ge datetime'…'} on
 * {@code AccountingDocumentCreationDate}, {@code LastChangeDate}, {@code PostingDate} or
 * {@code ClearingDate} (an item matches when any date condition holds, as the feed joins them by
 * {@code or}; an empty date matches none), {@code $orderby} of the item key
 * ({@code CompanyCode,FiscalYear,AccountingDocument,AccountingDocumentItem}), {@code $top}/
 * {@code $skip}, {@code $inlinecount=allpages} and {@code $select}. Anything else in a filter or an
 * order is refused with SAP's 400.
 */
@RequestScoped
@Path(AccountingDocumentItemResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public class AccountingDocumentItemResource {

    static final String ROOT = "sap/sap/opu/odata/sap/API_OPLACCTGDOCITEMCUBE_SRV";
    private static final Pattern EQUALS = Pattern.compile("(AccountingDocumentType|FinancialAccountType)\\s+eq\\s+'(\\w*)'");
    private static final Pattern ON_OR_AFTER = Pattern.compile(
            "(AccountingDocumentCreationDate|LastChangeDate|PostingDate|ClearingDate)\\s+ge\\s+datetime'([^']+)'");
    private static final List<String> KEY = List.of("CompanyCode", "FiscalYear", "AccountingDocument",
            "AccountingDocumentItem");
    private static final Set<String> ORDERS = Set.of("", String.join(",", KEY),
            KEY.stream().map(k -> k + " asc").collect(Collectors.joining(",")));

    @Inject
    SapBillingHistory history;

    @Context
    UriInfo uriInfo;

    @GET
    public JsonObject serviceDocument() {
        return Json.createObjectBuilder().add("d", Json.createObjectBuilder().add("EntitySets",
                Json.createArrayBuilder().add("A_OperationalAcctgDocItemCube"))).build();
    }

    @GET
    @Path("A_OperationalAcctgDocItemCube")
    public JsonObject query(@QueryParam("$filter") String filter, @QueryParam("$orderby") String orderBy,
                            @QueryParam("$top") Integer top, @QueryParam("$skip") Integer skip,
                            @QueryParam("$inlinecount") String inlineCount, @QueryParam("$select") String select) {
        if (!ORDERS.contains(orderBy == null ? "" : orderBy.replaceAll("\\s*,\\s*", ",").strip())) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "The simulator orders accounting document items "
                    + "only by " + String.join(",", KEY) + ": " + orderBy, "$orderby");
        }
        if ((top != null && top < 0) || (skip != null && skip < 0)) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "$top and $skip are 0 or more", null);
        }
        Comparator<JsonObject> byKey = Comparator.comparing(item -> item.getString(KEY.get(0)));
        for (String field : KEY.subList(1, KEY.size())) {
            byKey = byKey.thenComparing(item -> item.getString(field));
        }
        List<JsonObject> matching = history.payments().stream().map(SapBillingHistory.Payment::entity)
                .filter(filter(filter)).sorted(byKey).toList();
        Set<String> selected = select == null || select.isBlank() ? null
                : Arrays.stream(select.split(",")).map(String::strip).collect(Collectors.toSet());
        JsonArrayBuilder results = Json.createArrayBuilder();
        matching.stream().skip(skip == null ? 0 : skip).limit(top == null ? Long.MAX_VALUE : top)
                .forEach(item -> results.add(entity(item, selected)));
        JsonObjectBuilder d = Json.createObjectBuilder();
        if ("allpages".equals(inlineCount)) {
            d.add("__count", Integer.toString(matching.size()));
        }
        return Json.createObjectBuilder().add("d", d.add("results", results)).build();
    }

    /** The items {@code $filter} selects; a filter the simulator does not understand is SAP's 400. */
    static Predicate<JsonObject> filter(String expression) {
        if (expression == null || expression.isBlank()) {
            return item -> true;
        }
        Map<String, String> equal = EQUALS.matcher(expression).results()
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (a, b) -> a));
        List<Map.Entry<String, LocalDate>> dates = new ArrayList<>();
        Matcher on = ON_OR_AFTER.matcher(expression);
        while (on.find()) {
            try {
                dates.add(Map.entry(on.group(1), LocalDateTime.parse(on.group(2)).toLocalDate()));
            } catch (DateTimeParseException e) {
                throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/020", "Invalid datetime literal " + on.group(2),
                        "$filter");
            }
        }
        String rest = ON_OR_AFTER.matcher(EQUALS.matcher(expression).replaceAll(" ")).replaceAll(" ");
        if (!rest.replaceAll("\\b(and|or)\\b", " ").replaceAll("[\\s()]", "").isEmpty()) {
            throw SapApiException.v2(400, "/IWBEP/CM_MGW_RT/022", "The simulator filters accounting document items "
                    + "only on AccountingDocumentType and FinancialAccountType eq '…' and date fields ge datetime'…': "
                    + expression, "$filter");
        }
        return item -> equal.entrySet().stream().allMatch(e -> e.getValue().equals(item.getString(e.getKey(), null)))
                && (dates.isEmpty() || dates.stream().anyMatch(d -> {
                    LocalDate day = day(item, d.getKey());
                    return day != null && !day.isBefore(d.getValue());
                }));
    }

    /** The day of an {@code Edm.DateTime} field ({@code /Date(ms)/}); null when empty. */
    private static LocalDate day(JsonObject item, String field) {
        if (!(item.get(field) instanceof JsonString text)) {
            return null;
        }
        Matcher date = Pattern.compile("/Date\\((-?\\d+)\\)/").matcher(text.getString());
        return date.matches() ? LocalDate.ofInstant(java.time.Instant.ofEpochMilli(Long.parseLong(date.group(1))),
                ZoneOffset.UTC) : null;
    }

    private JsonObject entity(JsonObject item, Set<String> selected) {
        String key = "CompanyCode='" + item.getString("CompanyCode") + "',FiscalYear='" + item.getString("FiscalYear")
                + "',AccountingDocument='" + item.getString("AccountingDocument") + "',AccountingDocumentItem='"
                + item.getString("AccountingDocumentItem") + "'";
        String uri = uriInfo.getBaseUri() + ROOT + "/A_OperationalAcctgDocItemCube(" + key + ")";
        JsonObjectBuilder entity = Json.createObjectBuilder().add("__metadata", Json.createObjectBuilder()
                .add("id", uri).add("uri", uri)
                .add("type", "API_OPLACCTGDOCITEMCUBE_SRV.A_OperationalAcctgDocItemCubeType"));
        item.forEach((name, value) -> {
            if (selected == null || selected.contains(name)) {
                entity.add(name, value);
            }
        });
        return entity.build();
    }
}
