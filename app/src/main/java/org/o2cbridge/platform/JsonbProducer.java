package org.o2cbridge.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** One shared, thread-safe JSON-B instance for the bridge's own (de)serialisation of payloads. */
@ApplicationScoped
public class JsonbProducer {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Produces
    Jsonb jsonb() {
        return jsonb;
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not close JSON-B", e);
        }
    }
}
