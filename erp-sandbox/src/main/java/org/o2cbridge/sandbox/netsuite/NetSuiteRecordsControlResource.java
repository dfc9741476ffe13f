package org.o2cbridge.sandbox.netsuite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount;
import org.o2cbridge.sandbox.netsuite.record.RecordType;
import org.o2cbridge.sandbox.platform.ProblemException;

/**
 * Control API to look into the simulated account, {@code /api/netsuite/records/{type}}: one record
 * by external id with its lines, or every record of the type with a count. Not part of NetSuite's
 * API and needs no authentication; for tests and demos only.
 */
@RequestScoped
@Path("api/netsuite/records/{type}")
@Produces(MediaType.APPLICATION_JSON)
public class NetSuiteRecordsControlResource {

    @Inject
    NetSuiteAccount account;

    @GET
    public JsonObject find(@PathParam("type") String typeName, @QueryParam("externalId") String externalId) {
        RecordType type = RecordType.fromApiName(typeName).orElseThrow(() -> ProblemException.notFound(
                "There is no NetSuite record type '" + typeName + "'; known: customer, salesOrder, inventoryItem"));
        if (externalId != null) {
            return account.findByExternalId(type, externalId).orElseThrow(() -> ProblemException.notFound(
                    "There is no " + type.apiName() + " with external id " + externalId));
        }
        List<JsonObject> all = account.all(type);
        JsonArrayBuilder records = Json.createArrayBuilder();
        all.forEach(records::add);
        return Json.createObjectBuilder()
                .add("type", type.apiName())
                .add("count", all.size())
                .add("records", records)
                .build();
    }
}
