package org.o2cbridge.sandbox.salesforce.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * sObject Collections upsert, {@code PATCH /composite/sobjects/{SObject}/{ExternalIdField}}: up to
 * 200 records of one object, each created or updated by the value of its external id field, with
 * one UpsertResult per record in input order ({@code id}, {@code success}, {@code errors},
 * {@code created}). A parent can be named by its own external id
 * ({@code "Invoice__r":{"ERP_Invoice_Id__c":"INV-1"}}). A value sent twice in one call fails both
 * records; {@code allOrNone} works as for create and update.
 */
@ApplicationScoped
public class CollectionsUpsertService {

    private static final JsonProvider JSON = JsonProvider.provider();

    private SObjectService records;
    private SalesforceOrg org;

    protected CollectionsUpsertService() {
    }

    @Inject
    public CollectionsUpsertService(SObjectService records, SalesforceOrg org) {
        this.records = records;
        this.org = org;
    }

    /** One record of the request: its key, its checked fields, or its refusal. */
    private record Step(String key, Map<String, Object> fields, SalesforceApiException error) {
    }

    public JsonArray upsert(String typeName, String fieldName, JsonObject request) {
        SObjectType type = SObjectType.fromApiName(typeName).orElseThrow(SalesforceApiException::notFound);
        SObjectField key = SObjectService.externalIdField(type, fieldName);
        boolean allOrNone = CollectionsService.allOrNone(request);
        JsonArray given = CollectionsService.records(request);
        Map<String, Integer> uses = new HashMap<>();
        given.forEach(value -> keyOf(value, key).ifPresent(text -> uses.merge(text.toLowerCase(Locale.ROOT), 1, Integer::sum)));
        List<Step> steps = new ArrayList<>();
        for (JsonValue value : given) {
            steps.add(prepare(type, key, value, uses));
        }
        boolean rollBack = allOrNone && steps.stream().anyMatch(step -> step.error() != null);
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (Step step : steps) {
            results.add(rollBack ? failure(step.error() != null ? step.error() : CollectionsService.rollBackError()) : apply(type, key, step));
        }
        return results.build();
    }

    private Step prepare(SObjectType type, SObjectField key, JsonValue value, Map<String, Integer> uses) {
        try {
            if (!(value instanceof JsonObject record)) {
                throw SalesforceApiException.parserError("SObject", SObjectJson.token(value), value.toString());
            }
            checkType(type, record);
            String keyValue = keyOf(record, key).orElseThrow(() -> new SalesforceApiException(400, "MISSING_ARGUMENT",
                    key.name() + " not specified", List.of()));
            if (uses.getOrDefault(keyValue.toLowerCase(Locale.ROOT), 0) > 1) {
                throw new SalesforceApiException(400, "DUPLICATE_EXTERNAL_ID", "Duplicate external id specified: " + keyValue,
                        List.of(key.name()));
            }
            boolean exists = org.findByExternalId(type, key.name(), keyValue).isPresent();
            return new Step(keyValue, records.prepareUpsert(type, exists, fields(type, key, record)), null);
        } catch (SalesforceApiException e) {
            return new Step(null, null, e);
        }
    }

    private JsonObject apply(SObjectType type, SObjectField key, Step step) {
        if (step.error() != null) {
            return failure(step.error());
        }
        try {
            SalesforceOrg.Upserted upserted = org.upsert(type, key.name(), step.key(), step.fields());
            return Json.createObjectBuilder().add("id", upserted.record().id()).add("success", true)
                    .add("errors", JsonValue.EMPTY_JSON_ARRAY).add("created", upserted.created()).build();
        } catch (SalesforceApiException e) {
            return failure(e);
        }
    }

    /** The record's fields without {@code attributes} and its key, parents named by external id resolved. */
    private Map<String, JsonValue> fields(SObjectType type, SObjectField key, JsonObject record) {
        Map<String, JsonValue> fields = new HashMap<>();
        record.forEach((name, value) -> {
            if (name.equals("attributes") || name.equalsIgnoreCase(key.name())) {
                return;
            }
            Optional<SObjectField> lookup = type.field(name).isPresent() ? Optional.empty() : type.relationship(name);
            if (lookup.isPresent() && value instanceof JsonObject parentKey) {
                fields.put(lookup.get().name(), JSON.createValue(parentId(lookup.get(), parentKey)));
            } else {
                fields.put(name, value);
            }
        });
        return fields;
    }

    private String parentId(SObjectField lookup, JsonObject parentKey) {
        SObjectType parent = SObjectType.fromApiName(lookup.referenceTo()).orElseThrow();
        for (Map.Entry<String, JsonValue> entry : parentKey.entrySet()) {
            Optional<SObjectField> field = parent.field(entry.getKey()).filter(SObjectField::externalId);
            if (field.isPresent() && entry.getValue() instanceof JsonString value) {
                return records.parentId(parent, field.get(), value.getString());
            }
        }
        throw SalesforceApiException.badRequest("INVALID_FIELD", "A relationship must name the " + parent.apiName()
                + " by one of its external id fields: " + parentKey, lookup.name());
    }

    private static void checkType(SObjectType type, JsonObject record) {
        if (record.get("attributes") instanceof JsonObject attributes && attributes.get("type") instanceof JsonString named
                && !named.getString().equalsIgnoreCase(type.apiName())) {
            throw SalesforceApiException.badRequest("INVALID_TYPE", "Must send a concrete entity type of "
                    + type.apiName() + ", not " + named.getString(), null);
        }
    }

    private static Optional<String> keyOf(JsonValue value, SObjectField key) {
        if (!(value instanceof JsonObject record)) {
            return Optional.empty();
        }
        return record.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(key.name()))
                .map(Map.Entry::getValue)
                .filter(field -> field instanceof JsonString text && !text.getString().isBlank())
                .map(field -> ((JsonString) field).getString())
                .findFirst();
    }

    private static JsonObject failure(SalesforceApiException error) {
        JsonObject failure = CollectionsService.failure(error);
        return Json.createObjectBuilder(failure).add("created", false).build();
    }
}
