package org.o2cbridge.sandbox.salesforce.data;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Stands in for the CDI event of order activations and remembers every one fired. */
final class RecordingActivations implements Event<OrderActivated> {

    final List<OrderActivated> fired = new ArrayList<>();

    @Override
    public void fire(OrderActivated event) {
        fired.add(event);
    }

    @Override
    public <U extends OrderActivated> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OrderActivated> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Event<OrderActivated> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends OrderActivated> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OrderActivated> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
