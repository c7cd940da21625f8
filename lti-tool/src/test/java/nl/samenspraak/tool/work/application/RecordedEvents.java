package nl.samenspraak.tool.work.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A synchronous CDI event as the container fires it to one observer: the observer runs on the firing thread,
 * and its exception comes out of {@code fire}. Keeps what was fired, in order.
 */
final class RecordedEvents<T> implements Event<T> {

    private final List<T> fired = new ArrayList<>();
    private Consumer<T> observer = event -> { };

    /** The observer of the events fired from now on. */
    void observeWith(Consumer<T> observer) {
        this.observer = observer;
    }

    List<T> fired() {
        return List.copyOf(fired);
    }

    @Override
    public void fire(T event) {
        fired.add(event);
        observer.accept(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("ProgressChanged is fired synchronously, inside the transaction");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("ProgressChanged is fired synchronously, inside the transaction");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("ProgressChanged has no qualifiers");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("ProgressChanged has no subtypes");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("ProgressChanged has no subtypes");
    }
}
