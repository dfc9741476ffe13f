package org.o2cbridge.sandbox.salesforce.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * What an activate control call did: the order's status afterwards and, when this call made the
 * order Activated, the outcome of the first delivery attempt of its order event (empty when the
 * order was already activated and nothing was sent).
 */
public record ActivationResult(String orderId, String status, String erpSyncStatus, Optional<CalloutResult> callout,
                               boolean retryScheduled) {

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("orderId", orderId)
                .add("status", status)
                .add("erpSyncStatus", erpSyncStatus == null ? JsonValue.NULL : Json.createValue(erpSyncStatus));
        if (callout.isPresent()) {
            json.add("callout", callout.get().toJson().add("attempt", 1).add("willRetry", retryScheduled));
        } else {
            json.addNull("callout");
        }
        return json.build();
    }
}
