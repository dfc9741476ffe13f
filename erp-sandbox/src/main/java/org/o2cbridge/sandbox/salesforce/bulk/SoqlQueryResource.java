package org.o2cbridge.sandbox.salesforce.bulk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.o2cbridge.sandbox.salesforce.auth.RequiresSession;
import org.o2cbridge.sandbox.salesforce.data.SObjectJson;
import org.o2cbridge.sandbox.salesforce.data.SObjectRecord;
import org.o2cbridge.sandbox.salesforce.data.SalesforceOrg;

/**
 * The REST API's query resource, {@code GET /services/data/vNN.N/query?q=SOQL}, for the SOQL
 * subset the simulated Bulk API answers ({@link SoqlParser}): every record found in one answer
 * ({@code totalSize}, {@code done: true}, {@code records} each with {@code attributes} and the
 * selected fields; a parent's field under its relationship name). The simulator never pages a
 * REST query: the queries sent to it find few records. Needs a session token like every REST call.
 */
@RequestScoped
@Path("salesforce/services/data/{version: v\\d+\\.\\d+}/query")
@RequiresSession
@Produces(MediaType.APPLICATION_JSON)
public class SoqlQueryResource {

    @Inject
    SalesforceOrg org;

    @GET
    public JsonObject query(@PathParam("version") String version, @QueryParam("q") String soql) {
        SoqlQuery query = SoqlParser.parse(soql);
        List<SObjectRecord> found = new ArrayList<>();
        for (SObjectRecord record : org.all(query.object())) {
            if (query.limit() != null && found.size() >= query.limit()) {
                break;
            }
            if (query.conditions().stream().allMatch(condition -> condition.matches(record, org))) {
                found.add(record);
            }
        }
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (SObjectRecord record : found) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("attributes", Json.createObjectBuilder()
                    .add("type", record.type().apiName())
                    .add("url", "/services/data/" + version + "/sobjects/" + record.type().apiName() + "/" + record.id()));
            Map<String, JsonObjectBuilder> parents = new LinkedHashMap<>();
            for (SoqlQuery.Column column : query.columns()) {
                Object value = column.valueOf(record, org);
                if (column.lookup() == null) {
                    add(json, column.field().name(), value);
                } else {
                    add(parents.computeIfAbsent(column.lookup().relationshipName(), name -> Json.createObjectBuilder()
                            .add("attributes", Json.createObjectBuilder().add("type", column.parent().apiName()))),
                            column.field().name(), value);
                }
            }
            parents.forEach(json::add);
            records.add(json);
        }
        return Json.createObjectBuilder().add("totalSize", found.size()).add("done", true).add("records", records).build();
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Boolean flag) {
            json.add(name, flag);
        } else if (value instanceof BigDecimal number) {
            json.add(name, number);
        } else if (value instanceof Instant instant) {
            json.add(name, SObjectJson.formatDateTime(instant));
        } else {
            json.add(name, value.toString());
        }
    }
}
