package org.o2cbridge.sfdx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.o2cbridge.sfdx.contract.PayloadModel.PayloadClass;
import org.o2cbridge.sfdx.contract.PayloadModel.PayloadField;

/**
 * Proves, without an org, that the Apex payload classes write the contract's example payloads field
 * for field. The Apex side is read from the checked-in source (declared types, JSON names written,
 * which fields are left out when null), not from the generator, and each example is written the way
 * those Apex classes write it (Id as 18 characters, Date as an ISO date, Datetime in GMT with
 * milliseconds, Decimal as a number, empty optional values left out, fields in write order). The result must equal the example and pass the
 * schema, so a change to the schema, the examples or the Apex that breaks the shape fails the build.
 */
class ContractExamplesMatchApexPayloadTest {

    private static final Set<String> STRING_TYPES = Set.of("String", "Id", "Date", "Datetime");
    /** How Apex's JSONGenerator writes a Datetime: in GMT, with milliseconds. */
    private static final DateTimeFormatter APEX_DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static Stream<Path> examples() throws IOException {
        return ContractFiles.examples().stream();
    }

    private static PayloadModel apexModel() throws IOException {
        Path source = ApexPayloadGenerator.classFile(ContractFiles.apexClassesDir());
        return ApexPayloadReader.read(Files.readString(source, StandardCharsets.UTF_8));
    }

    @Test
    void apexClassesDeclareExactlyTheFieldsTypesAndOptionalityOfTheSchema() throws IOException {
        PayloadModel fromSchema = SchemaReader.read(ContractFiles.schema());
        PayloadModel fromApex = apexModel();

        assertEquals(fromSchema.outerClassName(), fromApex.outerClassName(), "outer class name");
        assertEquals(names(fromSchema), names(fromApex), "one Apex class per schema object, in order");
        for (PayloadClass schemaClass : fromSchema.classes()) {
            assertEquals(schemaClass.fields(), fromApex.find(schemaClass.name()).orElseThrow().fields(),
                    "fields of " + schemaClass.name() + " (JSON name, Apex name, kind, type, required)");
        }
    }

    @Test
    void thereAreExamplesToCheck() throws IOException {
        assertFalse(ContractFiles.examples().isEmpty(), "the contract ships example payloads");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValidAgainstTheSchema(Path example) throws IOException {
        Set<ValidationMessage> errors = schemaValidator().validate(jackson(Files.readString(example)));
        assertTrue(errors.isEmpty(), example.getFileName() + ": " + errors);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsWhatTheApexPayloadClassesWrite(Path example) throws IOException {
        PayloadModel apex = apexModel();
        JsonObject expected = read(Files.readString(example));

        JsonObject written = writeAsApex(apex, apex.root(), expected, "");

        assertSameJson(apex, apex.root(), expected, written, "");
        Set<ValidationMessage> errors = schemaValidator().validate(jackson(written.toString()));
        assertTrue(errors.isEmpty(), "what the Apex writes for " + example.getFileName() + " breaks the schema: "
                + errors);
    }

    @Test
    void aJsonNameChangedInTheApexIsCaught() throws IOException {
        Path source = ApexPayloadGenerator.classFile(ContractFiles.apexClassesDir());
        String renamed = Files.readString(source).replace("'currency'", "'currencyCode'");

        PayloadModel drifted = ApexPayloadReader.read(renamed);

        assertNotEquals(SchemaReader.read(ContractFiles.schema()), drifted, "a renamed JSON field is a drift");
        JsonObject example = read(Files.readString(ContractFiles.examples().get(0)));
        assertThrows(AssertionError.class,
                () -> writeAsApex(drifted, drifted.root(), example, ""), "the example no longer fits the Apex");
    }

    @Test
    void anOptionalFieldMadeRequiredInTheApexIsCaught() throws IOException {
        Path source = ApexPayloadGenerator.classFile(ContractFiles.apexClassesDir());
        String apex = Files.readString(source);
        String optional = "            if (poNumber != null) {\n"
                + "                gen.writeObjectField('poNumber', poNumber);\n"
                + "            }\n";
        assertTrue(apex.contains(optional), "the generated Apex leaves out an empty poNumber");

        PayloadModel drifted = ApexPayloadReader.read(
                apex.replace(optional, "            gen.writeObjectField('poNumber', poNumber);\n"));

        assertNotEquals(SchemaReader.read(ContractFiles.schema()), drifted, "optionality is part of the shape");
    }

    /** Writes a JSON object the way the Apex class does after the example's values were assigned to it. */
    private static JsonObject writeAsApex(PayloadModel apex, PayloadClass apexClass, JsonObject values, String path) {
        for (String key : values.keySet()) {
            if (apexClass.field(key).isEmpty()) {
                fail(path + "/" + key + ": the Apex class " + apexClass.name() + " has no field written as " + key);
            }
        }
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (PayloadField field : apexClass.fields()) {
            JsonValue value = values.get(field.jsonName());
            String where = path + "/" + field.jsonName();
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                if (field.required()) {
                    out.addNull(field.jsonName());
                }
                continue;
            }
            switch (field.kind()) {
                case SCALAR -> out.add(field.jsonName(), apexScalar(field.elementType(), value, where));
                case OBJECT -> out.add(field.jsonName(),
                        writeAsApex(apex, classOf(apex, field), asObject(value, where), where));
                case ARRAY -> {
                    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                        fail(where + ": the Apex field is a List but the example has " + value.getValueType());
                    }
                    JsonArrayBuilder items = Json.createArrayBuilder();
                    JsonArray array = value.asJsonArray();
                    for (int i = 0; i < array.size(); i++) {
                        items.add(writeAsApex(apex, classOf(apex, field), asObject(array.get(i), where + "/" + i),
                                where + "/" + i));
                    }
                    out.add(field.jsonName(), items);
                }
            }
        }
        return out.build();
    }

    /** The JSON an Apex scalar of this type holds after the example value was assigned to it. */
    private static JsonValue apexScalar(String apexType, JsonValue value, String where) {
        if (STRING_TYPES.contains(apexType) && !(value instanceof JsonString)) {
            fail(where + ": Apex " + apexType + " is written as a JSON string, the example has " + value.getValueType());
        }
        return switch (apexType) {
            case "String" -> value;
            case "Id" -> Json.createValue(SalesforceIds.to18(((JsonString) value).getString()));
            case "Date" -> Json.createValue(LocalDate.parse(((JsonString) value).getString()).toString());
            case "Datetime" -> Json.createValue(APEX_DATETIME.format(Instant.parse(((JsonString) value).getString())));
            case "Decimal", "Integer" -> {
                if (!(value instanceof JsonNumber number)) {
                    fail(where + ": Apex " + apexType + " is a JSON number, the example has " + value.getValueType());
                    yield value;
                }
                yield "Integer".equals(apexType) ? Json.createValue(number.intValueExact())
                        : Json.createValue(number.bigDecimalValue());
            }
            case "Boolean" -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    fail(where + ": Apex Boolean is a JSON boolean, the example has " + value.getValueType());
                }
                yield value;
            }
            default -> throw new AssertionError(where + ": no JSON mapping for Apex type " + apexType);
        };
    }

    /** Same names in the same order, same nesting, same values; Ids compared in their 18-character form. */
    private static void assertSameJson(PayloadModel apex, PayloadClass apexClass, JsonObject expected,
            JsonObject actual, String path) {
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), path + ": field names");
        for (PayloadField field : apexClass.fields()) {
            String where = path + "/" + field.jsonName();
            JsonValue want = expected.get(field.jsonName());
            JsonValue got = actual.get(field.jsonName());
            if (want == null) {
                continue;
            }
            switch (field.kind()) {
                case OBJECT -> assertSameJson(apex, classOf(apex, field), want.asJsonObject(), got.asJsonObject(),
                        where);
                case ARRAY -> {
                    assertEquals(want.asJsonArray().size(), got.asJsonArray().size(), where + ": items");
                    for (int i = 0; i < want.asJsonArray().size(); i++) {
                        assertSameJson(apex, classOf(apex, field), want.asJsonArray().getJsonObject(i),
                                got.asJsonArray().getJsonObject(i), where + "/" + i);
                    }
                }
                case SCALAR -> assertSameScalar(field.elementType(), want, got, where);
            }
        }
    }

    private static void assertSameScalar(String apexType, JsonValue want, JsonValue got, String where) {
        assertEquals(want.getValueType(), got.getValueType(), where + ": JSON type");
        if (want instanceof JsonNumber wantNumber) {
            assertEquals(0, wantNumber.bigDecimalValue().compareTo(((JsonNumber) got).bigDecimalValue()),
                    where + ": " + want + " vs " + got);
        } else if ("Id".equals(apexType)) {
            assertEquals(SalesforceIds.to18(((JsonString) want).getString()), ((JsonString) got).getString(), where);
        } else {
            assertEquals(want, got, where);
        }
    }

    private static PayloadClass classOf(PayloadModel apex, PayloadField field) {
        return apex.find(field.elementType())
                .orElseThrow(() -> new AssertionError("no Apex class " + field.elementType()));
    }

    private static JsonObject asObject(JsonValue value, String where) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            fail(where + ": the Apex field is a class but the example has " + value.getValueType());
        }
        return value.asJsonObject();
    }

    private static List<String> names(PayloadModel model) {
        return model.classes().stream().map(PayloadClass::name).toList();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonSchema schemaValidator() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(jackson(Files.readString(ContractFiles.schema())));
    }

    private static JsonNode jackson(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }
}
