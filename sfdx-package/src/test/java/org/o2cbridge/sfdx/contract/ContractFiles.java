package org.o2cbridge.sfdx.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the contract and the Apex sources are; the build passes both folders in. */
final class ContractFiles {

    private ContractFiles() {
    }

    static Path contractDir() {
        return Path.of(System.getProperty("contract.dir", "../contract"));
    }

    static Path schema() {
        return contractDir().resolve("order-event.schema.json");
    }

    static Path apexClassesDir() {
        return Path.of(System.getProperty("apex.source.dir", "force-app")).resolve("main/default/classes");
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(contractDir().resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
