package org.o2cbridge.sandbox.netsuite.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.o2cbridge.sandbox.netsuite.record.NetSuiteAccount.Saved;
import org.o2cbridge.sandbox.traffic.SandboxTraffic;

/**
 * The REST record API's operations on the account: create ({@code POST}), upsert by external id
 * ({@code PUT …/eid:X}: create when missing, else update with the item sublist replaced), update
 * ({@code PATCH}), and reads by internal or external id. Every record created with an external id
 * is counted, so a test can prove that no external id was ever created twice.
 */
@ApplicationScoped
public class RecordService {

    private static final Set<String> MANAGED = Set.of("id", "externalId", "links", "createdDate", "lastModifiedDate");

    private NetSuiteAccount account;
    private Consumer<String> createdWithExternalId;
    private Clock clock;
    private SalesOrderAssembler salesOrders;

    protected RecordService() {
    }

    @Inject
    public RecordService(NetSuiteAccount account, SandboxTraffic traffic) {
        this(account, traffic.of(SandboxTraffic.NETSUITE).stats()::recordCreated, Clock.systemUTC());
    }

    public RecordService(NetSuiteAccount account, Consumer<String> createdWithExternalId, Clock clock) {
        this.account = account;
        this.createdWithExternalId = createdWithExternalId;
        this.clock = clock;
        this.salesOrders = new SalesOrderAssembler(account, clock);
    }

    /** {@code POST …/{type}}: a new record; an external id already in use is refused. */
    public Saved create(String typeName, JsonObject body) {
        RecordType type = type(typeName);
        Optional<String> externalId = externalIdIn(body);
        Saved saved = account.save(type, externalId, (existing, id) -> {
            if (existing.isPresent()) {
                throw new NetSuiteApiException(400, "DUP_RCRD", "Error while accessing resource: A record with "
                        + "external ID " + externalId.get() + " already exists.", "externalId");
            }
            return build(type, body, existing, id, externalId.orElse(null), true);
        });
        externalId.ifPresent(createdWithExternalId);
        return saved;
    }

    /** {@code PUT …/{type}/eid:X}: creates the record if missing, else updates it. */
    public Saved upsert(String typeName, String externalId, JsonObject body) {
        Saved saved = save(type(typeName), externalId, body);
        if (saved.created()) {
            createdWithExternalId.accept(externalId);
        }
        return saved;
    }

    /** {@code PATCH …/{type}/{id}}: changes the fields sent; lines are appended unless replaced. */
    public JsonObject update(String typeName, String idOrExternalId, JsonObject body, boolean replaceLines) {
        RecordType type = type(typeName);
        String id = get(typeName, idOrExternalId).getString("id");
        return account.update(type, id, current -> build(type, body, Optional.of(current), id,
                current.getString("externalId", null), replaceLines)).orElseThrow(NetSuiteApiException::nonexistentId);
    }

    /** A record by internal id or by {@code eid:X}. */
    public JsonObject get(String typeName, String idOrExternalId) {
        RecordType type = type(typeName);
        Optional<JsonObject> found = idOrExternalId.startsWith("eid:")
                ? account.findByExternalId(type, idOrExternalId.substring(4))
                : account.find(type, idOrExternalId);
        return found.orElseThrow(NetSuiteApiException::nonexistentId);
    }

    public List<JsonObject> list(String typeName) {
        return account.all(type(typeName));
    }

    /**
     * Adds an item to the catalog, or changes the name and price of the one with its external id.
     * Not a client's call, so it is not counted among the records created per external id.
     */
    public Saved putItem(CatalogItem item) {
        return putItem(item, JsonValue.EMPTY_JSON_OBJECT);
    }

    /**
     * As {@link #putItem(CatalogItem)}, also setting the item fields in {@code more} (its
     * {@code description}, {@code isInactive}, {@code quantityAvailable}); fields not given keep
     * their values. Every put is a change: the item's {@code lastModifiedDate} moves.
     */
    public Saved putItem(CatalogItem item, JsonObject more) {
        JsonObjectBuilder body = Json.createObjectBuilder(more).add("itemId", item.externalId())
                .add("displayName", item.displayName()).add("basePrice", item.basePrice());
        return save(RecordType.INVENTORY_ITEM, item.externalId(), body.build());
    }

    /** Forgets every record and puts the configured default catalog back. */
    public void resetAccount() {
        account.clear();
        account.defaultCatalog().forEach(this::putItem);
    }

    private Saved save(RecordType type, String externalId, JsonObject body) {
        checkExternalId(externalId, "externalId");
        return account.save(type, Optional.of(externalId),
                (existing, id) -> build(type, body, existing, id, externalId, true));
    }

    private JsonObject build(RecordType type, JsonObject body, Optional<JsonObject> existing, String id,
                             String externalId, boolean replaceLines) {
        if (type == RecordType.SALES_ORDER) {
            return salesOrders.build(body, existing, id, externalId, replaceLines);
        }
        JsonObject before = existing.orElse(JsonValue.EMPTY_JSON_OBJECT);
        JsonObjectBuilder record = Json.createObjectBuilder(before);
        body.forEach((key, value) -> {
            if (!MANAGED.contains(key)) {
                record.add(key, value);
            }
        });
        record.add("id", id);
        if (externalId != null) {
            record.add("externalId", externalId);
        }
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        record.add("createdDate", before.getString("createdDate", now)).add("lastModifiedDate", now);
        JsonObject built = record.build();
        return type == RecordType.CUSTOMER ? EntityRules.checkCustomer(built) : EntityRules.checkItem(built);
    }

    private static Optional<String> externalIdIn(JsonObject body) {
        if (!body.containsKey("externalId") || body.isNull("externalId")) {
            return Optional.empty();
        }
        String externalId = body.get("externalId") instanceof JsonString text ? text.getString() : body.get("externalId").toString();
        checkExternalId(externalId, "externalId");
        return Optional.of(externalId);
    }

    static void checkExternalId(String externalId, String path) {
        if (!CatalogItem.EXTERNAL_ID.matcher(externalId).matches()) {
            throw NetSuiteApiException.invalidContent("Error while accessing resource: The external ID " + externalId
                    + " is not valid. An external ID may contain only letters, digits, underscores and hyphens.", path);
        }
    }

    private static RecordType type(String typeName) {
        return RecordType.fromApiName(typeName).orElseThrow(() -> new NetSuiteApiException(404, "NONEXISTENT_ID",
                "Record type '" + typeName + "' does not exist.", null));
    }
}
