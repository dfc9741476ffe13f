package org.o2cbridge.sandbox.salesforce.data;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API to look into the simulated org, {@code /api/salesforce/records/{SObject}}: one record
 * by an external id field ({@code ?field=ERP_Invoice_Id__c&externalId=INV-1}), or how many records
 * the object has with the first {@code limit} of them (100 unless asked; records in creation
 * order). Not part of Salesforce's API and needs no session; for tests and demos only.
 */
@RequestScoped
@Path("api/salesforce/records/{type}")
@Produces(MediaType.APPLICATION_JSON)
public class RecordsControlResource {

    @Inject
    SalesforceOrg org;

    @GET
    public JsonObject find(@PathParam("type") String typeName, @QueryParam("field") String field,
                           @QueryParam("externalId") String externalId, @DefaultValue("100") @QueryParam("limit") int limit) {
        SObjectType type = SObjectType.fromApiName(typeName).orElseThrow(() -> ProblemException.notFound(
                "There is no simulated sObject '" + typeName + "'; known: "
                        + Arrays.stream(SObjectType.values()).map(SObjectType::apiName).toList()));
        if (externalId != null) {
            SObjectField key = type.fields().stream().filter(SObjectField::externalId)
                    .filter(candidate -> field == null || candidate.name().equalsIgnoreCase(field)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidRequest(type.apiName() + " has no external id field " + field));
            return org.findByExternalId(type, key.name(), externalId).map(record -> SObjectJson.fieldsOf(record).build())
                    .orElseThrow(() -> ProblemException.notFound("There is no " + type.apiName() + " with " + key.name()
                            + " " + externalId));
        }
        if (limit < 0) {
            throw ProblemException.invalidRequest("limit must be 0 or more");
        }
        List<SObjectRecord> first = org.all(type).stream().limit(limit).toList();
        JsonArrayBuilder records = Json.createArrayBuilder();
        first.forEach(record -> records.add(SObjectJson.fieldsOf(record)));
        return Json.createObjectBuilder()
                .add("type", type.apiName())
                .add("count", org.count(type))
                .add("records", records)
                .build();
    }
}
