package org.o2cbridge.sandbox.salesforce.data;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;
import org.o2cbridge.sandbox.salesforce.IdSequence;
import org.o2cbridge.sandbox.salesforce.SalesforceId;
import org.o2cbridge.sandbox.salesforce.data.SObjectType.Order;

/**
 * The simulated Salesforce org: every record of every simulated object, in memory. It assigns
 * ids, order numbers and audit dates like the platform, keeps each external id field unique
 * (ignoring case, as the package's fields are defined) with an index for upserts and relationship
 * columns, and applies the O2C package's before-update rule: an Order that becomes Activated is
 * marked {@code ERP_Sync_Status__c = Pending} in the same save, so the activation's
 * LastModifiedDate is the one the order event's idempotency key carries. LastModifiedDate strictly
 * increases per record, so two activations never share a key. Writes are serialized, so an upsert
 * by external id never creates two records for one value. The org always holds its standard price
 * book ({@link #STANDARD_PRICE_BOOK_ID}, seeded again on reset), and keeps the platform's price
 * rules: one entry per price book, product and currency ({@code DUPLICATE_VALUE}), an entry's
 * currency the corporate currency ({@value #CORPORATE_CURRENCY}) unless given, and a custom price
 * book's entry only where the product has a standard price in that currency
 * ({@code STANDARD_PRICE_NOT_DEFINED}).
 */
@ApplicationScoped
public class SalesforceOrg {

    /** The fixed id of the org's standard price book. */
    public static final String STANDARD_PRICE_BOOK_ID = SalesforceId.to18("01sSb0000000001");
    /** The currency of a price book entry created without one. */
    public static final String CORPORATE_CURRENCY = "USD";

    private final Map<String, SObjectRecord> records = new ConcurrentHashMap<>();
    private final Map<SObjectType, Map<String, Map<String, String>>> externalIds = new EnumMap<>(SObjectType.class);
    private final Map<SObjectType, LongAdder> counts = new EnumMap<>(SObjectType.class);
    private final AtomicLong orderNumbers = new AtomicLong();
    private final Clock clock;
    private final IdSequence ids;
    private final String organizationId;
    private final String integrationUserId;

    /**
     * Each Order's {@code TotalAmount}, the roll-up of its lines' {@code Quantity × UnitPrice} that
     * Salesforce keeps: kept as lines change, not summed on read.
     */
    private final Map<String, BigDecimal> orderTotals = new java.util.concurrent.ConcurrentHashMap<>();

    public SalesforceOrg() {
        this(Clock.systemUTC(), IdSequence.startingNow());
    }

    public SalesforceOrg(Clock clock, IdSequence ids) {
        this.clock = clock;
        this.ids = ids;
        this.organizationId = ids.next("00D");
        this.integrationUserId = ids.next("005");
        for (SObjectType type : SObjectType.values()) {
            Map<String, Map<String, String>> byField = new HashMap<>();
            type.fields().stream().filter(SObjectField::externalId)
                    .forEach(field -> byField.put(field.name(), new ConcurrentHashMap<>()));
            externalIds.put(type, byField);
            counts.put(type, new LongAdder());
        }
        seedStandardPriceBook();
    }

    private void seedStandardPriceBook() {
        Instant now = now();
        Map<String, Object> fields = new HashMap<>();
        fields.put("Id", STANDARD_PRICE_BOOK_ID);
        fields.put("Name", "Standard Price Book");
        fields.put("IsActive", true);
        fields.put("IsStandard", true);
        fields.put("CreatedDate", now);
        fields.put("LastModifiedDate", now);
        records.put(STANDARD_PRICE_BOOK_ID, new SObjectRecord(SObjectType.PRICEBOOK2, fields));
        counts.get(SObjectType.PRICEBOOK2).increment();
    }

    /** The outcome of an upsert by external id: the record as saved, and whether it was created. */
    public record Upserted(SObjectRecord record, boolean created) {
    }

    public String organizationId() {
        return organizationId;
    }

    public String integrationUserId() {
        return integrationUserId;
    }

    /** Creates a record; a value already held by an external id field of another record is refused. */
    public synchronized SObjectRecord insert(SObjectType type, Map<String, Object> values) {
        Instant now = now();
        Map<String, Object> fields = new HashMap<>(values);
        String id = ids.next(type.keyPrefix());
        checkUnique(type, id, fields);
        if (type == SObjectType.PRICEBOOK_ENTRY) {
            checkPrice(fields);
        }
        fields.put("Id", id);
        fields.put("CreatedDate", now);
        fields.put("LastModifiedDate", now);
        if (type == SObjectType.ORDER) {
            fields.put("OrderNumber", String.format("%08d", orderNumbers.incrementAndGet()));
            fields.putIfAbsent("Status", Order.DRAFT);
        }
        SObjectRecord record = new SObjectRecord(type, fields);
        records.put(record.id(), record);
        index(null, record);
        rollUp(null, record);
        counts.get(type).increment();
        return record;
    }

    /**
     * Updates the record whose {@code externalIdField} holds {@code value} (ignoring case), or
     * creates one with that value when none does.
     */
    public synchronized Upserted upsert(SObjectType type, String externalIdField, String value, Map<String, Object> fields) {
        Optional<SObjectRecord> existing = findByExternalId(type, externalIdField, value);
        if (existing.isPresent()) {
            Map<String, Object> changes = new HashMap<>(fields);
            changes.remove(externalIdField);
            return new Upserted(update(type, existing.get().id(), current -> changes).orElseThrow().after(), false);
        }
        Map<String, Object> values = new HashMap<>(fields);
        values.put(externalIdField, value);
        return new Upserted(insert(type, values), true);
    }

    /** Finds a record by an id in any accepted spelling, provided it is of the given type. */
    public Optional<SObjectRecord> find(SObjectType type, String id) {
        SObjectRecord exact = id == null ? null : records.get(id);
        if (exact != null) {
            return exact.type() == type ? Optional.of(exact) : Optional.empty();
        }
        return SalesforceId.canonical(id)
                .map(records::get)
                .filter(record -> record.type() == type);
    }

    /** Finds a record by the value of one of its external id fields, ignoring case. */
    public Optional<SObjectRecord> findByExternalId(SObjectType type, String externalIdField, String value) {
        Map<String, String> index = externalIds.get(type).get(externalIdField);
        if (index == null || value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(index.get(key(value))).map(records::get);
    }

    public List<SObjectRecord> orderItems(String orderId) {
        return records.values().stream()
                .filter(record -> record.type() == SObjectType.ORDER_ITEM && orderId.equals(record.text("OrderId")))
                .sorted(Comparator.comparing(SObjectRecord::id))
                .toList();
    }

    /** Every record of a type, in id order (ids grow with creation). */
    public List<SObjectRecord> all(SObjectType type) {
        return records.values().stream()
                .filter(record -> record.type() == type)
                .sorted(Comparator.comparing(SObjectRecord::id))
                .toList();
    }

    /**
     * Applies field changes to a record atomically. {@code changesFor} sees the current record and
     * returns the fields to set; an empty result leaves the record untouched.
     */
    public synchronized Optional<RecordChange> update(SObjectType type, String id,
                                                      UnaryOperator<Map<String, Object>> changesFor) {
        Optional<SObjectRecord> existing = find(type, id);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        SObjectRecord current = existing.get();
        Map<String, Object> changes = new HashMap<>(changesFor.apply(current.fields()));
        if (changes.isEmpty()) {
            return Optional.of(new RecordChange(current, current));
        }
        checkUnique(type, current.id(), changes);
        Instant modifiedAt = nextModification(current);
        applyPlatformAndPackageRules(current, changes, modifiedAt);
        SObjectRecord next = current.with(changes, modifiedAt);
        records.put(next.id(), next);
        index(current, next);
        rollUp(current, next);
        return Optional.of(new RecordChange(current, next));
    }

    /** Deletes a record; answers whether there was one. */
    public synchronized boolean delete(SObjectType type, String id) {
        Optional<SObjectRecord> existing = find(type, id);
        existing.ifPresent(record -> {
            records.remove(record.id());
            externalIds.get(type).forEach((field, index) -> {
                Object value = record.value(field);
                if (value != null) {
                    index.remove(key(value.toString()));
                }
            });
            counts.get(type).decrement();
            rollUp(record, null);
        });
        return existing.isPresent();
    }

    public int count(SObjectType type) {
        return counts.get(type).intValue();
    }

    public synchronized void clear() {
        records.clear();
        externalIds.values().forEach(byField -> byField.values().forEach(Map::clear));
        counts.values().forEach(LongAdder::reset);
        orderTotals.clear();
        orderNumbers.set(0);
        seedStandardPriceBook();
    }

    /**
     * A new price book entry: in the corporate currency unless given, the only one of its price
     * book, product and currency, and in a custom price book only over a standard price.
     */
    private void checkPrice(Map<String, Object> fields) {
        fields.putIfAbsent("CurrencyIsoCode", CORPORATE_CURRENCY);
        if (fields.get("CurrencyIsoCode") == null) {
            fields.put("CurrencyIsoCode", CORPORATE_CURRENCY);
        }
        Object book = fields.get("Pricebook2Id");
        Object product = fields.get("Product2Id");
        String currency = fields.get("CurrencyIsoCode").toString();
        List<SObjectRecord> entries = all(SObjectType.PRICEBOOK_ENTRY).stream()
                .filter(entry -> entry.value("Product2Id").equals(product))
                .filter(entry -> currency.equalsIgnoreCase(entry.text("CurrencyIsoCode"))).toList();
        entries.stream().filter(entry -> entry.value("Pricebook2Id").equals(book)).findFirst().ifPresent(entry -> {
            throw new SalesforceApiException(400, "DUPLICATE_VALUE", "This price definition already exists in this "
                    + "price book: duplicate value found: duplicates value on record with id: " + entry.id(), List.of());
        });
        boolean standard = find(SObjectType.PRICEBOOK2, String.valueOf(book))
                .map(found -> Boolean.TRUE.equals(found.value("IsStandard"))).orElse(false);
        if (!standard && entries.stream().noneMatch(entry -> STANDARD_PRICE_BOOK_ID.equals(entry.value("Pricebook2Id")))) {
            throw new SalesforceApiException(400, "STANDARD_PRICE_NOT_DEFINED",
                    "No standard price defined for this product", List.of());
        }
    }

    private void checkUnique(SObjectType type, String id, Map<String, Object> changes) {
        externalIds.get(type).forEach((field, index) -> {
            Object value = changes.get(field);
            String holder = value == null ? null : index.get(key(value.toString()));
            if (holder != null && !holder.equals(id)) {
                throw new SalesforceApiException(400, "DUPLICATE_VALUE", "duplicate value found: " + field
                        + " duplicates value on record with id: " + holder, List.of(field));
            }
        });
    }

    private void index(SObjectRecord before, SObjectRecord after) {
        externalIds.get(after.type()).forEach((field, index) -> {
            Object old = before == null ? null : before.value(field);
            Object now = after.value(field);
            if (old != null && !old.equals(now)) {
                index.remove(key(old.toString()));
            }
            if (now != null) {
                index.put(key(now.toString()), after.id());
            }
        });
    }

    /** The Order's {@code TotalAmount}: 0 for an order without lines, as in Salesforce. */
    public BigDecimal orderTotal(String orderId) {
        return orderTotals.getOrDefault(orderId, BigDecimal.ZERO);
    }

    /** Moves a line's amount out of its order's total as it was and into it as it is now. */
    private void rollUp(SObjectRecord before, SObjectRecord after) {
        SObjectRecord line = after != null ? after : before;
        if (line.type() != SObjectType.ORDER_ITEM) {
            return;
        }
        if (before != null && before.text("OrderId") != null) {
            orderTotals.merge(before.text("OrderId"), lineAmount(before).negate(), BigDecimal::add);
        }
        if (after != null && after.text("OrderId") != null) {
            orderTotals.merge(after.text("OrderId"), lineAmount(after), BigDecimal::add);
        }
    }

    private static BigDecimal lineAmount(SObjectRecord line) {
        BigDecimal quantity = line.number("Quantity");
        BigDecimal price = line.number("UnitPrice");
        return quantity == null || price == null ? BigDecimal.ZERO : quantity.multiply(price);
    }

    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Activation stamps {@code ActivatedDate} (the platform) and marks the order Pending (the package). */
    private static void applyPlatformAndPackageRules(SObjectRecord current, Map<String, Object> changes, Instant at) {
        boolean activating = current.type() == SObjectType.ORDER
                && Order.ACTIVATED.equals(changes.get("Status"))
                && !Order.ACTIVATED.equals(current.text("Status"));
        if (activating) {
            changes.put("ActivatedDate", at);
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
