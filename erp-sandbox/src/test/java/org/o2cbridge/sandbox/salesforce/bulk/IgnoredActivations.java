package org.o2cbridge.sandbox.salesforce.bulk;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletionStage;
import org.o2cbridge.sandbox.salesforce.data.OrderActivated;

/** Stands in for the CDI event of order activations, which Bulk API writes never fire. */
final class IgnoredActivations implements Event<OrderActivated> {

    @Override
    public void fire(OrderActivated event) {
        throw new AssertionError("a Bulk API write fired an order activation: " + event);
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
