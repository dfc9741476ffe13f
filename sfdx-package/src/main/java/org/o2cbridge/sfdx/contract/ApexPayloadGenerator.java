package org.o2cbridge.sfdx.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the Apex payload class from the order-event contract: the one way the Apex side of the
 * payload is written. Usage: {@code ApexPayloadGenerator <schema.json> <classes directory>}.
 */
public final class ApexPayloadGenerator {

    private ApexPayloadGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ApexPayloadGenerator <schema.json> <classes directory>");
        }
        Path target = classFile(Path.of(args[1]));
        Files.writeString(target, generate(Path.of(args[0])), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }

    /** The Apex source the contract calls for. */
    public static String generate(Path schemaFile) throws IOException {
        return ApexPayloadWriter.write(SchemaReader.read(schemaFile));
    }

    public static Path classFile(Path classesDirectory) {
        return classesDirectory.resolve(SchemaReader.OUTER_CLASS + ".cls");
    }
}
