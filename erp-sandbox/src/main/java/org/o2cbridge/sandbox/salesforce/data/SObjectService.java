package org.o2cbridge.sandbox.salesforce.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.o2cbridge.sandbox.salesforce.SalesforceId;

/**
 * The REST API's record operations: reads a record, and applies a PATCH all-or-nothing after
 * checking every field the way the platform does (unknown field, read-only field, value of the
 * wrong kind, restricted picklist, dangling lookup). An update that activates an Order publishes
 * {@link OrderActivated}, which starts the order event's delivery in the background.
 */
@ApplicationScoped
public class SObjectService {

    private static final Set<String> REQUIRED = Set.of("Name", "AccountId", "Status", "EffectiveDate",
            "CurrencyIsoCode", "Quantity", "UnitPrice", "Unit_of_Measure__c");

    private static final Map<SObjectType, List<String>> CREATE_REQUIRED = Map.of(
            SObjectType.ACCOUNT, List.of("Name"),
            SObjectType.ORDER, List.of("AccountId", "EffectiveDate", "CurrencyIsoCode"),
            SObjectType.ORDER_ITEM, List.of("OrderId", "Quantity", "UnitPrice"),
            SObjectType.INVOICE, List.of("Name"),
            SObjectType.PAYMENT, List.of("Name"),
            SObjectType.PRICEBOOK2, List.of("Name"),
            SObjectType.PRICEBOOK_ENTRY, List.of("Pricebook2Id", "Product2Id", "UnitPrice"));

    private SalesforceOrg org;
    private Event<OrderActivated> activations;

    protected SObjectService() {
    }

    @Inject
    public SObjectService(SalesforceOrg org, Event<OrderActivated> activations) {
        this.org = org;
        this.activations = activations;
    }

    public SObjectRecord get(String typeName, String id) {
        return org.find(type(typeName), id).orElseThrow(SalesforceApiException::notFound);
    }

    public void patch(String typeName, String id, JsonObject body, URI origin) {
        SObjectType type = type(typeName);
        SObjectRecord current = org.find(type, id).orElseThrow(SalesforceApiException::notFound);
        commit(new PreparedUpdate(type, current.id(), validate(type, body, false)), origin);
    }

    /** An update of one record whose fields passed every check, ready to be applied. */
    public record PreparedUpdate(SObjectType type, String id, Map<String, Object> changes) {
    }

    /** Checks an update of a record that exists, without applying it. */
    public PreparedUpdate prepare(SObjectType type, SObjectRecord current, Map<String, JsonValue> body) {
        return new PreparedUpdate(type, current.id(), validate(type, body, false));
    }

    /** Applies a checked update; an activated Order starts its order event's delivery. */
    public void commit(PreparedUpdate update, URI origin) {
        RecordChange change = org.update(update.type(), update.id(), fields -> update.changes())
                .orElseThrow(SalesforceApiException::notFound);
        if (change.activatedOrder()) {
            activations.fire(new OrderActivated(change.after().id(), origin));
        }
    }

    /** Checks the fields of a new record: the update rules, plus the fields a new record needs. */
    public Map<String, Object> prepareInsert(SObjectType type, Map<String, JsonValue> body) {
        Map<String, Object> fields = validate(type, body, true);
        checkRequired(type, fields);
        return fields;
    }

    /**
     * Checks the fields of an upsert by external id: as an update when a record holds the value,
     * otherwise as an insert (whose required fields must be there). The external id field itself
     * is not part of {@code body}.
     */
    public Map<String, Object> prepareUpsert(SObjectType type, boolean exists, Map<String, JsonValue> body) {
        Map<String, Object> fields = validate(type, body, !exists);
        if (!exists) {
            checkRequired(type, fields);
        }
        return fields;
    }

    /**
     * The id of the parent a relationship names by an external id ({@code Order.ERP_External_Id__c}
     * = {@code value}), or Salesforce's {@code INVALID_FIELD} refusal when there is none.
     */
    public String parentId(SObjectType parent, SObjectField key, String value) {
        return org.findByExternalId(parent, key.name(), value).map(SObjectRecord::id).orElseThrow(() ->
                new SalesforceApiException(400, "INVALID_FIELD", "Foreign key external ID: " + value + " not found for field "
                        + key.name() + " in entity " + parent.apiName(), List.of()));
    }

    /** The external id field named by a client, or 404 {@code NOT_FOUND} as the REST upsert answers. */
    public static SObjectField externalIdField(SObjectType type, String name) {
        return type.field(name).filter(SObjectField::externalId).orElseThrow(SalesforceApiException::notFound);
    }

    private static void checkRequired(SObjectType type, Map<String, Object> fields) {
        List<String> missing = CREATE_REQUIRED.getOrDefault(type, List.of()).stream()
                .filter(name -> fields.get(name) == null).toList();
        if (!missing.isEmpty()) {
            throw new SalesforceApiException(400, "REQUIRED_FIELD_MISSING",
                    "Required fields are missing: " + missing, missing);
        }
        if (type == SObjectType.ORDER && SObjectType.Order.ACTIVATED.equals(fields.get("Status"))) {
            throw SalesforceApiException.badRequest("FIELD_INTEGRITY_EXCEPTION",
                    "You can't create an order with the status Activated. Create it as Draft, then activate it.", "Status");
        }
    }

    private static SObjectType type(String typeName) {
        return SObjectType.fromApiName(typeName).orElseThrow(SalesforceApiException::notFound);
    }

    private Map<String, Object> validate(SObjectType type, Map<String, JsonValue> body, boolean insert) {
        Map<String, Object> changes = new HashMap<>();
        for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
            if (entry.getKey().equals("attributes")) {
                continue;
            }
            SObjectField field = type.field(entry.getKey()).orElseThrow(() -> SalesforceApiException.badRequest(
                    "INVALID_FIELD", "No such column '" + entry.getKey() + "' on sobject of type " + type.apiName(), null));
            if (insert ? !field.createable() : !field.updateable()) {
                throw new SalesforceApiException(400, "INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: "
                        + field.name() + ". Please check the security settings of this field and verify that it is "
                        + "read/write for your profile or permission set.", List.of(field.name()));
            }
            Object value = SObjectJson.coerce(field, entry.getValue());
            if (value == null && REQUIRED.contains(field.name())) {
                throw SalesforceApiException.badRequest("REQUIRED_FIELD_MISSING",
                        "Required fields are missing: [" + field.name() + "]", field.name());
            }
            checkPicklist(field, value);
            changes.put(field.name(), checkLookup(field, value));
        }
        return changes;
    }

    private static void checkPicklist(SObjectField field, Object value) {
        boolean required = field.name().equals("Status");
        if (field.kind() == SObjectField.Kind.PICKLIST && (value != null || required)
                && !field.picklist().contains(value)) {
            throw SalesforceApiException.badRequest("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                    field.name() + ": bad value for restricted picklist field: " + value, field.name());
        }
    }

    /** Checks that a lookup names an existing record of its object, and answers its canonical id. */
    private Object checkLookup(SObjectField field, Object value) {
        if (field.kind() != SObjectField.Kind.REFERENCE || value == null || field.referenceTo() == null) {
            return value;
        }
        SObjectType target = SObjectType.fromApiName(field.referenceTo()).orElseThrow();
        String id = (String) value;
        if (SalesforceId.canonical(id).filter(canonical -> canonical.startsWith(target.keyPrefix())).isEmpty()) {
            throw SalesforceApiException.badRequest("MALFORMED_ID",
                    target.apiName() + " ID: id value of incorrect type: " + id, field.name());
        }
        return org.find(target, id).map(SObjectRecord::id).orElseThrow(() ->
                SalesforceApiException.badRequest("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", field.name()));
    }
}
