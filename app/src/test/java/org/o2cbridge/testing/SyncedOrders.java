package org.o2cbridge.testing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Salesforce orders the ERP-to-Salesforce sync ITs start from: made in the sandbox's Salesforce
 * for a new account billed to a US address (four of {@code WID-100} at 25 USD), activated, and
 * awaited until the bridge has synced them to the ERP their legal entity routes to; and where
 * NetSuite keeps such an order.
 */
public final class SyncedOrders {

    private final Function<String, URI> sandbox;
    private final Duration within;

    /** {@code sandbox}: a path under the sandbox as a URI; {@code within}: how long a sync may take. */
    public SyncedOrders(Function<String, URI> sandbox, Duration within) {
        this.sandbox = sandbox;
        this.within = within;
    }

    /** A synced order of a new account, with no legal entity (it goes to NetSuite); its Salesforce Id. */
    public String synced(String accountName) {
        return synced(accountName, null);
    }

    /** A synced order of a new account and the legal entity ({@code null}: none); its Salesforce Id. */
    public String synced(String accountName, String legalEntity) {
        JsonObjectBuilder order = Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder().add("name", accountName)
                        .add("billingAddress", Json.createObjectBuilder().add("street", "1 Main St")
                                .add("city", "Springfield").add("postalCode", "62701").add("country", "US")))
                .add("currency", "USD").add("effectiveDate", "2026-11-20").add("poNumber", "PO-1");
        if (legalEntity != null) {
            order.add("legalEntity", legalEntity);
        }
        order.add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productCode", "WID-100")
                .add("quantity", 4).add("unitPrice", 25).add("unitOfMeasure", "EA")));
        HttpCalls.Answer created = HttpCalls.post(sandbox.apply("api/salesforce/orders"), null, order.build());
        assertEquals(201, created.status(), created.body());
        String orderId = created.json().getString("orderId");
        HttpCalls.post(sandbox.apply("api/salesforce/orders/" + orderId + "/activate"), null, "");
        Eventually.await(() -> HttpCalls.get(sandbox.apply("api/salesforce/orders/" + orderId), null).json(),
                o -> !o.isNull("ERP_Sync_Status__c") && "Synced".equals(o.getString("ERP_Sync_Status__c")),
                within, "order " + orderId + " synced");
        return orderId;
    }

    /** The internal id of the NetSuite sales order of a Salesforce order. */
    public String netSuiteId(String sfOrderId) {
        HttpCalls.Answer answer = HttpCalls.get(sandbox.apply("api/netsuite/records/salesOrder?externalId=" + sfOrderId),
                null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getString("id");
    }
}
