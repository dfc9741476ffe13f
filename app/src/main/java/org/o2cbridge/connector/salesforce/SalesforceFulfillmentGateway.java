package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.o2cbridge.fulfillment.FulfillmentTarget;
import org.o2cbridge.fulfillment.OrderShipment;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the fulfillment job's shipments to their Salesforce Orders with an sObject Collections
 * update ({@code PATCH /composite/sobjects}, {@code allOrNone:false}, each record with
 * {@code attributes.type} {@code Order} and its Salesforce {@code id}), at most 200 a call, setting
 * {@code ERP_Status__c}, {@code Tracking_Numbers__c} (one per line) and {@code ERP_Ship_Date__c}:
 * the Orders were created in Salesforce, so their Salesforce id names them. The calls run outside
 * the chunk's transaction ({@link SalesforceRest}: a 401 renews the session once).
 */
@ApplicationScoped
public class SalesforceFulfillmentGateway implements FulfillmentTarget {

    @Inject
    SalesforceRest rest;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<UpdateOutcome> update(List<OrderShipment> shipments) {
        List<UpdateOutcome> outcomes = new ArrayList<>(shipments.size());
        for (int from = 0; from < shipments.size(); from += SalesforceGateway.MAX_RECORDS_PER_CALL) {
            List<OrderShipment> chunk = shipments.subList(from, Math.min(shipments.size(),
                    from + SalesforceGateway.MAX_RECORDS_PER_CALL));
            HttpResponse<String> response = rest.callJson("PATCH", "/composite/sobjects", request(chunk),
                    "shipment update of Order");
            outcomes.addAll(results(chunk, response.body()));
        }
        return outcomes;
    }

    static String request(List<OrderShipment> shipments) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (OrderShipment shipment : shipments) {
            JsonObjectBuilder record = Json.createObjectBuilder()
                    .add("attributes", Json.createObjectBuilder().add("type", "Order"))
                    .add("id", shipment.sfOrderId());
            nullable(record, "ERP_Status__c", shipment.status() == null || shipment.status().length() <= 80
                    ? shipment.status() : shipment.status().substring(0, 80));
            nullable(record, "Tracking_Numbers__c", shipment.trackingNumbers());
            nullable(record, "ERP_Ship_Date__c", shipment.shipDate() == null ? null : shipment.shipDate().toString());
            records.add(record);
        }
        return Json.createObjectBuilder().add("allOrNone", false).add("records", records).build().toString();
    }

    private static void nullable(JsonObjectBuilder record, String field, String value) {
        if (value == null) {
            record.addNull(field);
        } else {
            record.add(field, value);
        }
    }

    /** One outcome per shipment, matched by position; an answer of another shape is rejected. */
    static List<UpdateOutcome> results(List<OrderShipment> shipments, String body) {
        JsonArray results = OrderCollectionsJson.results(body, shipments.size(), "shipment update");
        List<UpdateOutcome> outcomes = new ArrayList<>(shipments.size());
        for (int i = 0; i < shipments.size(); i++) {
            String order = shipments.get(i).sfOrderId();
            JsonObject result = results.getJsonObject(i);
            if (result.getBoolean("success", false)) {
                outcomes.add(new UpdateOutcome(order, true, null, null));
            } else {
                JsonArray errors = result.get("errors") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
                JsonObject first = !errors.isEmpty() && errors.get(0) instanceof JsonObject error ? error : null;
                outcomes.add(new UpdateOutcome(order, false, first == null ? null : first.getString("statusCode", null),
                        first == null ? "Salesforce gave no reason" : first.getString("message", null)));
            }
        }
        return outcomes;
    }
}
