package io.ultramarket.commerce.projections.runtime;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The moment a read model's processor on this instance committed an event: a read that waits for its own
 * write (read-your-writes) is answered then, instead of at its next look at the token store. Only the events
 * this instance's segments handle are seen here; the look at the token store stays for the rest (a segment
 * another instance holds, an event the read model has no handler for). An event counts once the transaction
 * that wrote the read model and the segment's token has committed, so what the read then finds holds it.
 */
public final class LocalCommits {

    private final ConcurrentHashMap<Awaited, List<Sinks.Empty<Void>>> waiting = new ConcurrentHashMap<>();

    /**
     * Completes once {@code processor} commits the event at {@code position} here; never, when another
     * instance handles it or the processor has nothing to do with it. Waits from the subscription on: a
     * caller subscribes to it before it looks at the token store, so that no commit falls between the two.
     */
    public Mono<Void> committed(String processor, long position) {
        return Mono.defer(() -> {
            Awaited awaited = new Awaited(processor, position);
            Sinks.Empty<Void> signal = Sinks.empty();
            waiting.compute(awaited, (key, signals) -> with(signals, signal));
            return signal.asMono().doFinally(end -> waiting.computeIfPresent(awaited, (key, signals) -> without(signals, signal)));
        });
    }

    /** For the processor's handlers: reports each event it handles once its unit of work has committed. */
    MessageHandlerInterceptor<EventMessage<?>> reporter(String processor) {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> tracked) {
                tracked.trackingToken().position().ifPresent(position ->
                        unitOfWork.afterCommit(done -> report(processor, position)));
            }
            return result;
        };
    }

    void report(String processor, long position) {
        if (waiting.isEmpty()) {
            return;
        }
        List<Sinks.Empty<Void>> signals = waiting.remove(new Awaited(processor, position));
        if (signals != null) {
            signals.forEach(Sinks.Empty::tryEmitEmpty);
        }
    }

    int waiting() {
        return waiting.values().stream().mapToInt(List::size).sum();
    }

    private static List<Sinks.Empty<Void>> with(List<Sinks.Empty<Void>> signals, Sinks.Empty<Void> signal) {
        List<Sinks.Empty<Void>> more = signals == null ? new ArrayList<>(1) : new ArrayList<>(signals);
        more.add(signal);
        return more;
    }

    private static List<Sinks.Empty<Void>> without(List<Sinks.Empty<Void>> signals, Sinks.Empty<Void> signal) {
        List<Sinks.Empty<Void>> fewer = new ArrayList<>(signals);
        fewer.remove(signal);
        return fewer.isEmpty() ? null : fewer;
    }

    private record Awaited(String processor, long position) {
    }
}
