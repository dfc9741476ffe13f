package org.o2cbridge.sfdx.contract;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.o2cbridge.sfdx.contract.PayloadModel.FieldKind;
import org.o2cbridge.sfdx.contract.PayloadModel.PayloadClass;
import org.o2cbridge.sfdx.contract.PayloadModel.PayloadField;

/**
 * Reads the order-event JSON Schema into the Apex payload model. It understands exactly the subset
 * of JSON Schema the contract uses and rejects anything else, so a contract change the Apex side
 * cannot express stops the build instead of being silently dropped.
 */
public final class SchemaReader {

    public static final String OUTER_CLASS = "OrderEventPayload";

    /** Object definitions become inner classes named after the definition plus this suffix. */
    static final String CLASS_SUFFIX = "Data";

    /** String definitions with an Apex type of their own. */
    private static final Map<String, String> STRING_DEFS_AS_APEX = Map.of("SalesforceId", "Id");

    /** Apex reserved keywords; a JSON name among them gets {@link #RESERVED_SUFFIX} in Apex. */
    static final Set<String> APEX_RESERVED = Set.of("abstract", "activate", "and", "any", "array", "as",
            "asc", "autonomous", "begin", "bigdecimal", "blob", "boolean", "break", "bulk", "by", "byte",
            "case", "cast", "catch", "char", "class", "collect", "commit", "const", "continue",
            "currency", "date", "datetime", "decimal", "default", "delete", "desc", "do", "double",
            "else", "end", "enum", "exception", "exit", "export", "extends", "false", "final",
            "finally", "float", "for", "from", "global", "goto", "group", "having", "hint", "if",
            "implements", "import", "in", "inner", "insert", "instanceof", "int", "integer",
            "interface", "into", "join", "like", "limit", "list", "long", "loop", "map", "merge", "new",
            "not", "null", "nulls", "number", "object", "of", "on", "or", "outer", "override",
            "package", "parallel", "pragma", "private", "protected", "public", "retrieve", "return",
            "rollback", "select", "set", "short", "sobject", "sort", "static", "string", "super",
            "switch", "synchronized", "system", "testmethod", "then", "this", "throw", "time",
            "transaction", "trigger", "true", "try", "undelete", "update", "upsert", "using",
            "virtual", "void", "webservice", "when", "where", "while");

    static final String RESERVED_SUFFIX = "Value";

    private static final Set<String> KNOWN_KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs",
            "title", "description", "type", "additionalProperties", "required", "properties", "items",
            "minItems", "maxItems", "minLength", "maxLength", "pattern", "format", "minimum",
            "exclusiveMinimum", "maximum", "exclusiveMaximum");

    private final JsonObject schema;
    private final Map<String, PayloadClass> classes = new LinkedHashMap<>();

    private SchemaReader(JsonObject schema) {
        this.schema = schema;
    }

    public static PayloadModel read(Path schemaFile) throws IOException {
        try (Reader in = Files.newBufferedReader(schemaFile, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(in)) {
            return read(json.readObject());
        }
    }

    public static PayloadModel read(JsonObject schema) {
        SchemaReader reader = new SchemaReader(schema);
        reader.readClass(schema.getString("title"), schema, "#");
        return new PayloadModel(OUTER_CLASS, new ArrayList<>(reader.classes.values()));
    }

    /** Apex property name for a JSON name. */
    static String apexName(String jsonName) {
        return APEX_RESERVED.contains(jsonName.toLowerCase()) ? jsonName + RESERVED_SUFFIX : jsonName;
    }

    private String readClass(String className, JsonObject definition, String where) {
        if (classes.containsKey(className)) {
            return className;
        }
        checkKeywords(definition, where);
        if (!"object".equals(definition.getString("type", ""))) {
            throw unsupported(where, "an object definition must have \"type\": \"object\"");
        }
        if (definition.getBoolean("additionalProperties", true)) {
            throw unsupported(where, "objects must say \"additionalProperties\": false");
        }
        classes.put(className, null);
        Set<String> required = definition.containsKey("required")
                ? definition.getJsonArray("required").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).collect(Collectors.toSet())
                : Set.of();
        List<PayloadField> fields = new ArrayList<>();
        JsonObject properties = definition.getJsonObject("properties");
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
            fields.add(readField(property.getKey(), property.getValue().asJsonObject(),
                    required.contains(property.getKey()), where + "/properties/" + property.getKey()));
        }
        for (String name : required) {
            if (!properties.containsKey(name)) {
                throw unsupported(where, "required property " + name + " is not defined");
            }
        }
        classes.put(className, new PayloadClass(className, definition.getString("description", ""), fields));
        return className;
    }

    private PayloadField readField(String jsonName, JsonObject property, boolean required, String where) {
        checkKeywords(property, where);
        String apexName = apexName(jsonName);
        if (property.containsKey("$ref")) {
            return refField(jsonName, apexName, property.getString("$ref"), required, where);
        }
        String type = scalarJsonType(property, where);
        if ("array".equals(type)) {
            JsonObject items = property.getJsonObject("items");
            checkKeywords(items, where + "/items");
            if (!items.containsKey("$ref")) {
                throw unsupported(where, "array items must be a $ref to an object definition");
            }
            PayloadField element = refField(jsonName, apexName, items.getString("$ref"), true, where + "/items");
            if (element.kind() != FieldKind.OBJECT) {
                throw unsupported(where, "array items must be objects");
            }
            return new PayloadField(jsonName, apexName, FieldKind.ARRAY, element.elementType(), required);
        }
        if ("object".equals(type)) {
            throw unsupported(where, "inline objects are not supported: use a $defs entry");
        }
        return new PayloadField(jsonName, apexName, FieldKind.SCALAR, apexScalar(type, property), required);
    }

    private PayloadField refField(String jsonName, String apexName, String ref, boolean required, String where) {
        String prefix = "#/$defs/";
        if (!ref.startsWith(prefix)) {
            throw unsupported(where, "only local #/$defs references are supported, not " + ref);
        }
        String defName = ref.substring(prefix.length());
        JsonObject definition = schema.getJsonObject("$defs").getJsonObject(defName);
        if (definition == null) {
            throw unsupported(where, "unknown definition " + ref);
        }
        String defWhere = "#/$defs/" + defName;
        if ("object".equals(definition.getString("type", ""))) {
            String className = readClass(defName + CLASS_SUFFIX, definition, defWhere);
            return new PayloadField(jsonName, apexName, FieldKind.OBJECT, className, required);
        }
        checkKeywords(definition, defWhere);
        String type = scalarJsonType(definition, defWhere);
        String apexType = STRING_DEFS_AS_APEX.getOrDefault(defName, apexScalar(type, definition));
        return new PayloadField(jsonName, apexName, FieldKind.SCALAR, apexType, required);
    }

    /** The JSON type of a property, allowing {@code ["<type>", "null"]} for nullable ones. */
    private static String scalarJsonType(JsonObject property, String where) {
        JsonValue type = property.get("type");
        if (type instanceof JsonString single) {
            return single.getString();
        }
        if (type != null && type.getValueType() == JsonValue.ValueType.ARRAY) {
            List<String> types = type.asJsonArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).filter(t -> !"null".equals(t)).toList();
            if (types.size() == 1) {
                return types.get(0);
            }
        }
        throw unsupported(where, "a property needs one type (optionally with \"null\")");
    }

    private static String apexScalar(String jsonType, JsonObject property) {
        return switch (jsonType) {
            case "string" -> switch (property.getString("format", "")) {
                case "date" -> "Date";
                case "date-time" -> "Datetime";
                case "" -> "String";
                default -> throw unsupported("", "string format " + property.getString("format"));
            };
            case "number" -> "Decimal";
            case "integer" -> "Integer";
            case "boolean" -> "Boolean";
            default -> throw unsupported("", "JSON type " + jsonType);
        };
    }

    private static void checkKeywords(JsonObject node, String where) {
        for (String keyword : node.keySet()) {
            if (!KNOWN_KEYWORDS.contains(keyword)) {
                throw unsupported(where, "keyword " + keyword + " is not understood by the Apex generator");
            }
        }
    }

    private static IllegalArgumentException unsupported(String where, String what) {
        return new IllegalArgumentException("order-event schema " + where + ": " + what);
    }
}
