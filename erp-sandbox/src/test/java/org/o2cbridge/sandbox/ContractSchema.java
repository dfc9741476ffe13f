package org.o2cbridge.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The published order-event contract's JSON Schema, read from the repository's contract folder. */
public final class ContractSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractSchema() {
    }

    public static Path contractDir() {
        return Path.of(System.getProperty("contract.dir", "../contract"));
    }

    /** The schema's complaints about a JSON document, as one line each; empty when it conforms. */
    public static String violations(String json) {
        try (InputStream schemaText = Files.newInputStream(contractDir().resolve("order-event.schema.json"))) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText, config);
            Set<ValidationMessage> messages = schema.validate(JSON.readTree(json));
            return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
