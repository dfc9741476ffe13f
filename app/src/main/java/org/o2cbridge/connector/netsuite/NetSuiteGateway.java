package org.o2cbridge.connector.netsuite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpGateway;
import org.o2cbridge.connector.ErpReference;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.mapping.MappingService;

import java.util.Objects;
import java.util.Optional;

/**
 * Oracle NetSuite behind the ERP port, through SuiteTalk REST. Customers and sales orders are
 * upserted on the Salesforce ids as external ids ({@code PUT …/eid:<id>}), the order with all its
 * lines in one call and no prices, so a repeated call after a lost answer updates the same record
 * instead of making a second one. After an order upsert the adapter reads the order back for its
 * internal id, document number ({@code tranId}) and status.
 */
@ApplicationScoped
public class NetSuiteGateway implements ErpGateway {

    /** The system name in outbox rows, cross-references and mapping rows. */
    public static final String SYSTEM = "netsuite";

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
        records.putSalesOrder(order.sfOrderId(), mapper.salesOrder(order, customer.internalId()));
        return findSalesOrder(order.sfOrderId()).orElseThrow(() -> notReadable("salesOrder", order.sfOrderId()));
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
