package org.o2cbridge.sandbox.salesforce.data;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.o2cbridge.sandbox.salesforce.IdSequence;
import org.o2cbridge.sandbox.salesforce.SalesforceId;
import org.o2cbridge.sandbox.salesforce.data.SObjectType.Order;

/**
 * The simulated Salesforce org: every Account, Order and OrderItem record, in memory. It assigns
 * ids, order numbers and audit dates like the platform, and applies the O2C package's before-update
 * rule: an Order that becomes Activated is marked {@code ERP_Sync_Status__c = Pending} in the same
 * save, so the activation's LastModifiedDate is the one the order event's idempotency key carries.
 * LastModifiedDate strictly increases per record, so two activations never share a key.
 */
@ApplicationScoped
public class SalesforceOrg {

    private final Map<String, SObjectRecord> records = new ConcurrentHashMap<>();
    private final AtomicLong orderNumbers = new AtomicLong();
    private final Clock clock;
    private final IdSequence ids;
    private final String organizationId;
    private final String integrationUserId;

    public SalesforceOrg() {
        this(Clock.systemUTC(), IdSequence.startingNow());
    }

    public SalesforceOrg(Clock clock, IdSequence ids) {
        this.clock = clock;
        this.ids = ids;
        this.organizationId = ids.next("00D");
        this.integrationUserId = ids.next("005");
    }

    public String organizationId() {
        return organizationId;
    }

    public String integrationUserId() {
        return integrationUserId;
    }

    public SObjectRecord insert(SObjectType type, Map<String, Object> values) {
        Instant now = now();
        Map<String, Object> fields = new HashMap<>(values);
        fields.put("Id", ids.next(type.keyPrefix()));
        fields.put("CreatedDate", now);
        fields.put("LastModifiedDate", now);
        if (type == SObjectType.ORDER) {
            fields.put("OrderNumber", String.format("%08d", orderNumbers.incrementAndGet()));
            fields.putIfAbsent("Status", Order.DRAFT);
        }
        SObjectRecord record = new SObjectRecord(type, fields);
        records.put(record.id(), record);
        return record;
    }

    /** Finds a record by an id in any accepted spelling, provided it is of the given type. */
    public Optional<SObjectRecord> find(SObjectType type, String id) {
        return SalesforceId.canonical(id)
                .map(records::get)
                .filter(record -> record.type() == type);
    }

    public List<SObjectRecord> orderItems(String orderId) {
        return records.values().stream()
                .filter(record -> record.type() == SObjectType.ORDER_ITEM && orderId.equals(record.text("OrderId")))
                .sorted(Comparator.comparing(SObjectRecord::id))
                .toList();
    }

    /**
     * Applies field changes to a record atomically. {@code changesFor} sees the current record and
     * returns the fields to set; an empty result leaves the record untouched.
     */
    public Optional<RecordChange> update(SObjectType type, String id, UnaryOperator<Map<String, Object>> changesFor) {
        Optional<SObjectRecord> existing = find(type, id);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        RecordChange[] applied = new RecordChange[1];
        records.computeIfPresent(existing.get().id(), (key, current) -> {
            Map<String, Object> changes = new HashMap<>(changesFor.apply(current.fields()));
            if (changes.isEmpty()) {
                applied[0] = new RecordChange(current, current);
                return current;
            }
            applyPackageRules(current, changes);
            SObjectRecord next = current.with(changes, nextModification(current));
            applied[0] = new RecordChange(current, next);
            return next;
        });
        return Optional.ofNullable(applied[0]);
    }

    public int count(SObjectType type) {
        return (int) records.values().stream().filter(record -> record.type() == type).count();
    }

    public void clear() {
        records.clear();
        orderNumbers.set(0);
    }

    private static void applyPackageRules(SObjectRecord current, Map<String, Object> changes) {
        boolean activating = current.type() == SObjectType.ORDER
                && Order.ACTIVATED.equals(changes.get("Status"))
                && !Order.ACTIVATED.equals(current.text("Status"));
        if (activating) {
            changes.put("ERP_Sync_Status__c", Order.SYNC_PENDING);
            changes.put("ERP_Sync_Error__c", null);
        }
    }

    private Instant nextModification(SObjectRecord current) {
        Instant now = now();
        Instant previous = current.lastModifiedDate();
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
