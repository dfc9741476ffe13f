package org.o2cbridge.sandbox.netsuite.query;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.o2cbridge.sandbox.netsuite.record.RecordType;

/**
 * The SuiteQL tables the simulator answers, each over the records of one type, with its columns
 * (SuiteQL's lowercase names) and the record field each reads. A column that reads a reference
 * ({@code {"id":…,"refName":…}}) answers its id, and {@code BUILTIN.DF(column)} its display name,
 * as in NetSuite. {@code transaction} is the sales orders ({@code type} {@code SalesOrd}) and the
 * generated billing documents, which carry their own {@code type} ({@code CustInvc},
 * {@code CustPymt}, {@code CustCred}), the sales order an invoice or credit memo was created from
 * ({@code createdfrom}) and the invoice a payment is applied to ({@code appliedtotransaction}, a
 * simplification of NetSuite's transaction links), the generated item fulfillments ({@code type}
 * {@code ItemShip}, with {@code createdfrom} and {@code trackingnumbers}, the simulator's text
 * simplification of the packages' tracking numbers), and the generated sales-order history
 * ({@code type} {@code SalesOrd}, ids from 900000001, no {@code externalid}).
 * {@code transactionline} is the lines of the sales orders ({@link TransactionLines}): for each
 * order a main line ({@code mainline} {@code T}, {@code id} 0, {@code netamount} the negated total)
 * and its item lines ({@code mainline} {@code F}, {@code id} 1…), whose {@code quantity} and
 * {@code netamount} are negative as NetSuite stores a sale's lines ({@code rate} stays positive).
 * {@code item} is the account's catalog items (all inventory items, {@code itemtype} {@code InvtPart}):
 * {@code baseprice} stands for NetSuite's base price level (in NetSuite a price lives in the item's
 * pricing sublist, one row per price level and currency; the sandbox keeps the one base price), and
 * {@code quantityavailable} for the item's available quantity summed over locations. An item never
 * marked inactive answers {@code isinactive} {@code F}. Check boxes answer {@code T} or {@code F}, as
 * NetSuite does.
 * A new table is one more constant.
 */
public enum SuiteQlTable {

    TRANSACTION("transaction", RecordType.SALES_ORDER, Map.of("type", Json.createValue("SalesOrd")),
            "id=id", "type=type", "tranid=tranId", "status=status", "entity=entity", "externalid=externalId",
            "trandate=tranDate", "currency=currency", "foreigntotal=total", "otherrefnum=otherRefNum",
            "memo=memo", "createddate=createdDate", "lastmodifieddate=lastModifiedDate",
            "createdfrom=createdFrom", "appliedtotransaction=appliedTo", "duedate=dueDate",
            "foreignamountremaining=amountRemaining", "paymentmethod=paymentMethod",
            "trackingnumbers=trackingNumbers"),
    TRANSACTION_LINE("transactionline", RecordType.SALES_ORDER, Map.of("taxline", Json.createValue("F")),
            "transaction=transaction", "id=id", "linesequencenumber=linesequencenumber", "uniquekey=uniquekey",
            "mainline=mainline", "item=item", "quantity=quantity", "rate=rate", "netamount=netamount"),
    CUSTOMER("customer", RecordType.CUSTOMER, Map.of(),
            "id=id", "entityid=entityId", "companyname=companyName", "externalid=externalId",
            "subsidiary=subsidiary", "currency=currency", "email=email", "isperson=isPerson",
            "datecreated=createdDate", "lastmodifieddate=lastModifiedDate"),
    ITEM("item", RecordType.INVENTORY_ITEM, Map.of("itemtype", Json.createValue("InvtPart"),
            "isinactive", Json.createValue("F")),
            "id=id", "itemid=itemId", "displayname=displayName", "description=description",
            "isinactive=isInactive", "baseprice=basePrice", "quantityavailable=quantityAvailable",
            "externalid=externalId", "createddate=createdDate", "lastmodifieddate=lastModifiedDate");

    private final String tableName;
    private final RecordType recordType;
    private final Map<String, JsonValue> constants;
    private final Map<String, String> fields = new LinkedHashMap<>();

    SuiteQlTable(String tableName, RecordType recordType, Map<String, JsonValue> constants, String... columns) {
        this.tableName = tableName;
        this.recordType = recordType;
        this.constants = constants;
        for (String column : columns) {
            String[] pair = column.split("=");
            fields.put(pair[0], pair[1]);
        }
    }

    public static Optional<SuiteQlTable> named(String name) {
        return Arrays.stream(values()).filter(table -> table.tableName.equalsIgnoreCase(name)).findFirst();
    }

    public String tableName() {
        return tableName;
    }

    public RecordType recordType() {
        return recordType;
    }

    public boolean hasColumn(String column) {
        return fields.containsKey(column) || constants.containsKey(column);
    }

    /** Whether the table also holds the account's billing documents and item fulfillments. */
    public boolean holdsBilling() {
        return this == TRANSACTION;
    }

    /** Whether the table also holds rows of the generated sales-order history. */
    public boolean holdsHistory() {
        return this == TRANSACTION || this == TRANSACTION_LINE;
    }

    /** A column's value in a record as SuiteQL answers it (text), or empty when the record has none. */
    public Optional<String> value(JsonObject record, String column, boolean display) {
        String field = fields.get(column);
        JsonValue value = field != null && record.containsKey(field) ? record.get(field) : constants.get(column);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonObject reference) {
            String key = display && reference.containsKey("refName") ? "refName" : "id";
            return reference.containsKey(key) ? Optional.of(text(reference.get(key))) : Optional.empty();
        }
        return Optional.of(text(value));
    }

    private static String text(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE ? "T" : "F";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
