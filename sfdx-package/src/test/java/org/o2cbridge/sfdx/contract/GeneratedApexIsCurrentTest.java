package org.o2cbridge.sfdx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratedApexIsCurrentTest {

    @Test
    void checkedInPayloadClassIsExactlyWhatTheContractGenerates() throws IOException {
        Path schema = ContractFiles.schema();
        Path checkedIn = ApexPayloadGenerator.classFile(ContractFiles.apexClassesDir());

        String expected = ApexPayloadGenerator.generate(schema);
        String actual = Files.readString(checkedIn, StandardCharsets.UTF_8);

        assertEquals(expected, actual, checkedIn.getFileName() + " is stale: the order-event contract changed."
                + " Regenerate it with: mvn -pl sfdx-package compile exec:java@generate-apex-payload");
    }
}
