package org.o2cbridge.sandbox.salesforce.data;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Converts records to the JSON the Salesforce REST API returns (date-times as
 * {@code 2026-11-20T09:15:00.000+0000}, unset fields as null) and converts JSON values sent in a
 * PATCH to stored values, refusing them with the platform's error codes when they do not fit.
 */
public final class SObjectJson {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private SObjectJson() {
    }

    /** The record as the REST API's sObject resource returns it, with {@code attributes}. */
    public static JsonObject toRestJson(SObjectRecord record, String apiVersion) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("attributes", Json.createObjectBuilder()
                .add("type", record.type().apiName())
                .add("url", "/services/data/" + apiVersion + "/sobjects/" + record.type().apiName() + "/" + record.id()));
        addFields(json, record);
        return json.build();
    }

    /** The record's fields only, keyed by API name. */
    public static JsonObjectBuilder fieldsOf(SObjectRecord record) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        addFields(json, record);
        return json;
    }

    public static String formatDateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    private static void addFields(JsonObjectBuilder json, SObjectRecord record) {
        for (Map.Entry<String, Object> field : record.fields().entrySet()) {
            Object value = field.getValue();
            if (value == null) {
                json.addNull(field.getKey());
            } else if (value instanceof Boolean flag) {
                json.add(field.getKey(), flag);
            } else if (value instanceof BigDecimal number) {
                json.add(field.getKey(), number);
            } else if (value instanceof Instant instant) {
                json.add(field.getKey(), formatDateTime(instant));
            } else {
                json.add(field.getKey(), value.toString());
            }
        }
    }

    /** Converts a PATCH value for a field, or refuses it as Salesforce would. */
    static Object coerce(SObjectField field, JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (field.kind()) {
            case NUMBER -> toNumber(value);
            case BOOLEAN -> toBoolean(value);
            case DATE -> toDate(value);
            case DATETIME -> throw new IllegalStateException("date-time fields are not writable");
            case TEXT, PICKLIST, REFERENCE -> toText(field, value);
        };
    }

    private static BigDecimal toNumber(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text) {
            try {
                return new BigDecimal(text.getString().strip());
            } catch (NumberFormatException e) {
                throw SalesforceApiException.parserError("double", "VALUE_STRING", text.getString());
            }
        }
        throw SalesforceApiException.parserError("double", token(value), value.toString());
    }

    private static Boolean toBoolean(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        if (value instanceof JsonString text
                && (text.getString().equalsIgnoreCase("true") || text.getString().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text.getString());
        }
        throw SalesforceApiException.parserError("boolean", token(value), value.toString());
    }

    private static LocalDate toDate(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            throw SalesforceApiException.parserError("date", token(value), value.toString());
        }
        try {
            return LocalDate.parse(text.getString());
        } catch (DateTimeParseException e) {
            throw SalesforceApiException.parserError("date", "VALUE_STRING", text.getString());
        }
    }

    private static String toText(SObjectField field, JsonValue value) {
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER, TRUE, FALSE -> value.toString();
            default -> throw SalesforceApiException.parserError("string", token(value), value.toString());
        };
        if (text.length() > field.maxLength()) {
            throw SalesforceApiException.badRequest("STRING_TOO_LONG", field.name() + ": data value too large: "
                    + text + " (max length=" + field.maxLength() + ")", field.name());
        }
        return text;
    }

    /** Reads a request body that must be one JSON object, refusing anything else as Salesforce does. */
    public static JsonObject parseBody(String body) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw SalesforceApiException.badRequest("JSON_PARSER_ERROR",
                    "The request body is not valid JSON: " + e.getMessage(), null);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw SalesforceApiException.parserError("SObject", token(value), value.toString());
        }
        return value.asJsonObject();
    }

    static String token(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "START_OBJECT";
            case ARRAY -> "START_ARRAY";
            case STRING -> "VALUE_STRING";
            case NUMBER -> "VALUE_NUMBER";
            case TRUE -> "VALUE_TRUE";
            case FALSE -> "VALUE_FALSE";
            case NULL -> "VALUE_NULL";
        };
    }
}
