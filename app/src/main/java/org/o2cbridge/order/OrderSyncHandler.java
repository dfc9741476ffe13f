package org.o2cbridge.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.ErpGateway;
import org.o2cbridge.connector.ErpGateways;
import org.o2cbridge.connector.ErpReference;
import org.o2cbridge.connector.ErpSalesOrder;
import org.o2cbridge.outbox.ClaimedWork;
import org.o2cbridge.outbox.OutboxHandler;
import org.o2cbridge.outbox.OutboxService;
import org.o2cbridge.outbox.OutboxWork;
import org.o2cbridge.xref.CrossReference;
import org.o2cbridge.xref.CrossReferenceService;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Syncs an accepted order to its ERP through the ERP port: the customer (skipped when the
 * cross-reference already knows it, so a known customer costs no call), then the sales order with
 * all its lines. A sales order whose customer is not yet known syncs the customer first. Success
 * records the ERP ids and queues the write-back of the ERP number to Salesforce — or, when the
 * ERP's answer to the write carries no number (NetSuite), a {@code sales-order.read-number} step
 * that {@link OrderNumberReader} does for many orders at once. A dead step queues the write-back
 * of {@code Failed} with the ERP's message.
 */
@ApplicationScoped
public class OrderSyncHandler implements OutboxHandler {

    @Inject
    ErpGateways gateways;

    @Inject
    CrossReferenceService xref;

    @Inject
    OutboxService outbox;

    @Inject
    Jsonb jsonb;

    @Inject
    Clock clock;

    @Override
    public Set<String> actions() {
        return Set.of(OrderEventRecorder.UPSERT_CUSTOMER, OrderEventRecorder.UPSERT_SALES_ORDER);
    }

    @Override
    public Completion handle(ClaimedWork work) {
        ErpGateway erp = gateways.forSystem(work.targetSystem());
        if (work.action().equals(OrderEventRecorder.UPSERT_CUSTOMER)) {
            CustomerWork customer = jsonb.fromJson(work.payload(), CustomerWork.class);
            Optional<CrossReference> known = knownCustomer(customer.account().sfAccountId(), erp);
            if (known.isPresent()) {
                return Completion.of("Customer known in " + erp.system() + " as " + known.get().erpId() + "; no call", null);
            }
            ErpReference created = erp.upsertCustomer(toErpCustomer(customer));
            return new Completion("Customer upserted in " + erp.system() + " as " + created.internalId()
                    + notices(erp, created), null,
                    () -> recordCustomer(customer.account().sfAccountId(), erp, created));
        }
        return syncSalesOrder(work, erp, jsonb.fromJson(work.payload(), OrderEvent.class));
    }

    private Completion syncSalesOrder(ClaimedWork work, ErpGateway erp, OrderEvent order) {
        String sfAccountId = order.account().sfAccountId();
        Optional<CrossReference> known = knownCustomer(sfAccountId, erp);
        ErpReference customer = known.map(x -> ErpReference.of(x.erpId()))
                .orElseGet(() -> erp.upsertCustomer(toErpCustomer(
                        new CustomerWork(order.account(), order.currency(), order.legalEntity()))));
        boolean mayExist = work.attempt() > 1
                || xref.find(CrossReferenceService.ORDER, order.sfOrderId(), erp.system()).isPresent();
        ErpReference salesOrder = erp.upsertSalesOrder(toErpSalesOrder(order), customer, mayExist);
        boolean numbered = salesOrder.number() != null;
        String detail = (numbered
                ? "Sales order " + salesOrder.number() + " (" + erp.system() + " id " + salesOrder.internalId()
                        + "), status " + salesOrder.status()
                : "Sales order upserted in " + erp.system() + " as id " + salesOrder.internalId()
                        + "; its number is read next")
                + notices(erp, customer) + notices(erp, salesOrder);
        return new Completion(detail, null, () -> {
            if (known.isEmpty()) {
                recordCustomer(sfAccountId, erp, customer);
            }
            xref.record(CrossReferenceService.ORDER, order.sfOrderId(), erp.system(), salesOrder.internalId(),
                    salesOrder.number());
            if (numbered) {
                queueWriteBack(work, new OrderWriteBackWork(order.sfOrderId(), salesOrder.number(), salesOrder.status(),
                        OrderWriteBackWork.SYNCED, null));
            } else {
                outbox.enqueueFollowUp(work.inboundEventId(), OrderEventRecorder.AGGREGATE_TYPE, work.aggregateId(),
                        new OutboxWork(erp.system(), OrderEventRecorder.READ_ORDER_NUMBER, jsonb.toJson(
                                new OrderNumberReadWork(order.sfOrderId(), salesOrder.internalId()))), clock.instant());
            }
        });
    }

    /** The ERP's own messages about a write, for the timeline: {@code . sap says: …}. */
    private static String notices(ErpGateway erp, ErpReference reference) {
        return reference.notices().isEmpty() ? "" : ". " + erp.system() + " says: " + String.join("; ", reference.notices());
    }

    @Override
    public void onDead(ClaimedWork work, String reason) {
        queueWriteBack(work, new OrderWriteBackWork(work.aggregateId(), null, null, OrderWriteBackWork.FAILED, reason));
    }

    private Optional<CrossReference> knownCustomer(String sfAccountId, ErpGateway erp) {
        return xref.find(CrossReferenceService.ACCOUNT, sfAccountId, erp.system());
    }

    private void recordCustomer(String sfAccountId, ErpGateway erp, ErpReference customer) {
        xref.record(CrossReferenceService.ACCOUNT, sfAccountId, erp.system(), customer.internalId(), null);
    }

    /** Queues the Salesforce write-back after {@code work}, in the caller's transaction. */
    void queueWriteBack(ClaimedWork work, OrderWriteBackWork writeBack) {
        queueWriteBack(work.inboundEventId(), work.aggregateId(), writeBack);
    }

    /** Queues the Salesforce write-back of an order after its event's work, in the caller's transaction. */
    void queueWriteBack(long inboundEventId, String sfOrderId, OrderWriteBackWork writeBack) {
        outbox.enqueueFollowUp(inboundEventId, OrderEventRecorder.WRITE_BACK_AGGREGATE, sfOrderId,
                new OutboxWork(OrderEventRecorder.SALESFORCE, OrderEventRecorder.WRITE_BACK, jsonb.toJson(writeBack)),
                clock.instant());
    }

    static ErpCustomer toErpCustomer(CustomerWork work) {
        OrderAccount account = work.account();
        return new ErpCustomer(account.sfAccountId(), account.name(), toErpAddress(account.billingAddress()),
                toErpAddress(account.shippingAddress()), work.currency(), work.legalEntity());
    }

    private static ErpCustomer.Address toErpAddress(OrderAccount.Address address) {
        return address == null ? null : new ErpCustomer.Address(address.street(), address.city(), address.state(),
                address.postalCode(), address.country());
    }

    static ErpSalesOrder toErpSalesOrder(OrderEvent order) {
        return new ErpSalesOrder(order.sfOrderId(), order.account().sfAccountId(), order.orderNumber(),
                order.effectiveDate(), order.activatedAt(), order.currency(), order.poNumber(), order.legalEntity(),
                order.paymentTerms(), order.shippingMethod(),
                order.lines().stream().map(l -> new ErpSalesOrder.Line(l.sfOrderItemId(), l.productCode(),
                        l.quantity(), l.unitOfMeasure())).toList());
    }
}
