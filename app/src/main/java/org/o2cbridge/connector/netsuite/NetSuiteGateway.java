package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpGateway;
import org.o2cbridge.connector.ErpReference;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.mapping.MappingService;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Oracle NetSuite behind the ERP port, through SuiteTalk REST. Customers and sales orders are
 * upserted on the Salesforce ids as external ids ({@code PUT …/eid:<id>}), the order with all its
 * lines in one call and no prices, so a repeated call after a lost answer updates the same record
 * instead of making a second one. An order upsert is one call: its internal id comes from the
 * {@code Location} of NetSuite's 204, and its document number ({@code tranId}) and status are read
 * afterwards for many orders at once with one SuiteQL query ({@link #readOrderNumbers}).
 */
@ApplicationScoped
public class NetSuiteGateway implements ErpGateway {

    /** The system name in outbox rows, cross-references and mapping rows. */
    public static final String SYSTEM = "netsuite";

    private static final Pattern INTERNAL_ID = Pattern.compile("\\d{1,19}");

    private NetSuiteRecords records;
    private NetSuiteRecordMapper mapper;

    protected NetSuiteGateway() {
    }

    @Inject
    public NetSuiteGateway(NetSuiteRecords records, MappingService mappings) {
        this.records = records;
        this.mapper = new NetSuiteRecordMapper(mappings, records.settings());
    }

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public ErpReference upsertCustomer(ErpCustomer customer) {
        String sfAccountId = customer.sfAccountId();
        Optional<String> fromLocation = records.putCustomer(sfAccountId, mapper.customer(customer));
        String internalId = fromLocation
                .or(() -> records.getCustomer(sfAccountId).map(json -> NetSuiteJson.text(json, "id")))
                .orElseThrow(() -> notReadable("customer", sfAccountId));
        return ErpReference.of(internalId);
    }

    @Override
    public ErpReference upsertSalesOrder(ErpSalesOrder order, ErpReference customer) {
        Objects.requireNonNull(customer.internalId(), "the customer's NetSuite internal id");
        Optional<String> internalId = records.putSalesOrder(order.sfOrderId(), mapper.salesOrder(order, customer.internalId()));
        if (internalId.isPresent()) {
            return ErpReference.of(internalId.get());
        }
        return findSalesOrder(order.sfOrderId()).orElseThrow(() -> notReadable("salesOrder", order.sfOrderId()));
    }

    /**
     * {@code SELECT id, tranid, BUILTIN.DF(status) AS status FROM transaction WHERE id IN (…)}, up
     * to {@value NetSuiteRecords#QUERY_PAGE} ids a query; the status is its display name, e.g.
     * {@code Pending Fulfillment}.
     */
    @Override
    public Map<String, ErpReference> readOrderNumbers(Collection<String> internalIds) {
        List<String> ids = internalIds.stream().distinct().toList();
        for (String id : ids) {
            if (id == null || !INTERNAL_ID.matcher(id).matches()) {
                throw new RejectedCallException(SYSTEM, null, "INVALID_INTERNAL_ID",
                        "Not a NetSuite internal id (digits only): " + id, null);
            }
        }
        Map<String, ErpReference> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += NetSuiteRecords.QUERY_PAGE) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + NetSuiteRecords.QUERY_PAGE));
            for (JsonObject row : records.suiteQl("SELECT id, tranid, BUILTIN.DF(status) AS status FROM transaction "
                    + "WHERE id IN (" + String.join(", ", chunk) + ")")) {
                String id = NetSuiteJson.text(row, "id");
                if (id != null) {
                    found.put(id, new ErpReference(id, NetSuiteJson.text(row, "tranid"), NetSuiteJson.text(row, "status")));
                }
            }
        }
        return found;
    }

    @Override
    public Optional<ErpReference> findSalesOrder(String sfOrderId) {
        return records.getSalesOrder(sfOrderId).map(NetSuiteGateway::salesOrderReference);
    }

    private static ErpReference salesOrderReference(JsonObject salesOrder) {
        return new ErpReference(NetSuiteJson.text(salesOrder, "id"), NetSuiteJson.text(salesOrder, "tranId"),
                NetSuiteJson.text(salesOrder, "status"));
    }

    /** NetSuite took the upsert but does not show the record (yet): asking again later is safe. */
    private static RetryableCallException notReadable(String recordType, String externalId) {
        return new RetryableCallException(SYSTEM, null, null,
                "NetSuite accepted " + recordType + " eid:" + externalId + " but does not return it when read", null, null);
    }
}
