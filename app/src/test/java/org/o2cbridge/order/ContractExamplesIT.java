package org.o2cbridge.order;

import org.junit.jupiter.api.Test;
import org.o2cbridge.testing.HttpCalls;
import org.o2cbridge.testing.IntegrationSuite;
import org.o2cbridge.testing.TestDatabase;
import org.o2cbridge.testing.TestTokens;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract's published examples are accepted by the running bridge as they stand. */
class ContractExamplesIT extends IntegrationSuite {

    @Test
    void everyPublishedExampleIsAcceptedAndStoredWithEighteenCharacterIds() throws IOException, URISyntaxException {
        Path dir = Path.of(ContractExamplesIT.class.getResource("/contract/examples").toURI());
        List<Path> examples;
        try (var files = Files.list(dir)) {
            examples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }

        for (Path example : examples) {
            HttpCalls.Answer answer = HttpCalls.post(bridge("api/v1/order-events"), TestTokens.valid(), Files.readString(example));
            assertEquals(202, answer.status(), example + ": " + answer.body());
            assertEquals(0, answer.json().getInt("duplicates"), example.toString());
        }

        TestDatabase db = TestDatabase.get();
        assertEquals(1, db.count("select count(*) from inbound_event where sf_order_id = ?", "801Dn000001XyZcIAK"));
        assertEquals(1, db.count("select count(*) from inbound_event where sf_order_id = ? and line_count = 3",
                "801Dn000001XyZaIAK"));
    }
}
