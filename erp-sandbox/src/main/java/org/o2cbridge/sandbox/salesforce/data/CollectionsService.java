package org.o2cbridge.sandbox.salesforce.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.o2cbridge.sandbox.salesforce.SalesforceId;

/**
 * sObject Collections, {@code /composite/sobjects}: creates or updates up to 200 records in one
 * call and answers one SaveResult per record in input order ({@code id}, {@code success},
 * {@code errors} with {@code statusCode}, not {@code errorCode}). Each record is checked like a
 * single-record call; with {@code allOrNone} nothing is written unless every record passes, and
 * the records that passed report {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}.
 */
@ApplicationScoped
public class CollectionsService {

    public static final int MAX_RECORDS = 200;

    private SObjectService records;
    private SalesforceOrg org;

    protected CollectionsService() {
    }

    @Inject
    public CollectionsService(SObjectService records, SalesforceOrg org) {
        this.records = records;
        this.org = org;
    }

    /** {@code PATCH /composite/sobjects}: every record needs {@code attributes.type} and {@code id}. */
    public JsonArray update(JsonObject request, URI origin) {
        return run(request, false, origin);
    }

    /** {@code POST /composite/sobjects}: every record needs {@code attributes.type} and no {@code id}. */
    public JsonArray create(JsonObject request, URI origin) {
        return run(request, true, origin);
    }

    private JsonArray run(JsonObject request, boolean insert, URI origin) {
        boolean allOrNone = allOrNone(request);
        List<Step> steps = new ArrayList<>();
        for (JsonValue record : records(request)) {
            steps.add(prepare(record, insert));
        }
        boolean rollBack = allOrNone && steps.stream().anyMatch(step -> step.error != null);
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (Step step : steps) {
            results.add(rollBack ? rolledBack(step) : apply(step, origin));
        }
        return results.build();
    }

    /** The request's {@code allOrNone}, false when left out; another value than a boolean is refused. */
    static boolean allOrNone(JsonObject request) {
        JsonValue allOrNoneValue = request.getOrDefault("allOrNone", JsonValue.FALSE);
        if (allOrNoneValue != JsonValue.TRUE && allOrNoneValue != JsonValue.FALSE) {
            throw SalesforceApiException.parserError("boolean", SObjectJson.token(allOrNoneValue), allOrNoneValue.toString());
        }
        return allOrNoneValue == JsonValue.TRUE;
    }

    /** The request's {@code records}: an array of at most 200. */
    static JsonArray records(JsonObject request) {
        if (!(request.get("records") instanceof JsonArray given)) {
            throw SalesforceApiException.badRequest("JSON_PARSER_ERROR", "The request body needs a records array.", null);
        }
        if (given.size() > MAX_RECORDS) {
            throw SalesforceApiException.badRequest("EXCEEDED_ID_LIMIT",
                    "record limit reached. cannot submit more than " + MAX_RECORDS + " records into this call", null);
        }
        return given;
    }

    /** One record of the request: checked and ready, or refused. */
    private static final class Step {
        SObjectType type;
        SObjectService.PreparedUpdate update;
        Map<String, Object> insert;
        SalesforceApiException error;
    }

    private Step prepare(JsonValue value, boolean insert) {
        Step step = new Step();
        try {
            if (!(value instanceof JsonObject record)) {
                throw SalesforceApiException.parserError("SObject", SObjectJson.token(value), value.toString());
            }
            step.type = typeOf(record);
            Optional<String> id = idOf(record);
            JsonObject fields = withoutId(record);
            if (insert) {
                if (id.isPresent()) {
                    throw SalesforceApiException.badRequest("INVALID_FIELD_FOR_INSERT_UPDATE", "cannot specify Id in an insert call", "Id");
                }
                step.insert = records.prepareInsert(step.type, fields);
            } else {
                String recordId = id.orElseThrow(() -> SalesforceApiException.badRequest("MISSING_ARGUMENT", "Id not specified in an update call", null));
                step.update = records.prepare(step.type, existing(step.type, recordId), fields);
            }
        } catch (SalesforceApiException e) {
            step.error = e;
        }
        return step;
    }

    private JsonObject apply(Step step, URI origin) {
        if (step.error != null) {
            return failure(step.error);
        }
        try {
            if (step.insert != null) {
                return success(org.insert(step.type, step.insert).id());
            }
            records.commit(step.update, origin);
            return success(step.update.id());
        } catch (SalesforceApiException e) {
            return failure(e);
        }
    }

    private static JsonObject rolledBack(Step step) {
        return failure(step.error != null ? step.error : rollBackError());
    }

    static SalesforceApiException rollBackError() {
        return new SalesforceApiException(400, "ALL_OR_NONE_OPERATION_ROLLED_BACK",
                "Record rolled back because not all records were valid and the request was using AllOrNone header", List.of());
    }

    private static SObjectType typeOf(JsonObject record) {
        JsonValue attributes = record.get("attributes");
        if (!(attributes instanceof JsonObject object) || !(object.get("type") instanceof JsonString type)) {
            throw SalesforceApiException.badRequest("INVALID_TYPE", "Must send a concrete entity type.", null);
        }
        return SObjectType.fromApiName(type.getString()).orElseThrow(() -> SalesforceApiException.badRequest(
                "INVALID_TYPE", "sObject type '" + type.getString() + "' is not supported.", null));
    }

    private SObjectRecord existing(SObjectType type, String id) {
        if (SalesforceId.canonical(id).filter(canonical -> canonical.startsWith(type.keyPrefix())).isEmpty()) {
            throw SalesforceApiException.badRequest("MALFORMED_ID", type.apiName() + " ID: id value of incorrect type: " + id, "Id");
        }
        return org.find(type, id).orElseThrow(() -> new SalesforceApiException(400, "ENTITY_IS_DELETED", "entity is deleted", List.of()));
    }

    private static Optional<String> idOf(JsonObject record) {
        return record.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("id") && entry.getValue() instanceof JsonString)
                .map(entry -> ((JsonString) entry.getValue()).getString())
                .findFirst();
    }

    private static JsonObject withoutId(JsonObject record) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        record.forEach((key, value) -> {
            if (!key.equalsIgnoreCase("id") && !key.equals("attributes")) {
                fields.add(key, value);
            }
        });
        return fields.build();
    }

    private static JsonObject success(String id) {
        return Json.createObjectBuilder().add("id", id).add("success", true).add("errors", JsonValue.EMPTY_JSON_ARRAY).build();
    }

    static JsonObject failure(SalesforceApiException error) {
        return Json.createObjectBuilder().add("success", false).add("errors", Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("statusCode", error.errorCode())
                        .add("message", error.getMessage())
                        .add("fields", Json.createArrayBuilder(error.fields()))))
                .build();
    }
}
