package io.ultramarket.commerce.projections.runtime;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The events a read model's processor on this instance committed: a read that waits for its own write
 * (read-your-writes) is answered at that commit, or at once when the commit came before the read, without
 * looking at the token store. Only the events this instance's segments handle are seen here; the look at the
 * token store stays for the rest (a segment another instance holds, an event the read model has no handler
 * for). An event counts once the transaction that wrote the read model and the segment's token has committed,
 * so what the read then finds holds it.
 */
public final class LocalCommits {

    /** Positions remembered per processor: seconds of its events at the rates measured, for reads sent at once. */
    static final int REMEMBERED = 4096;

    private final ConcurrentHashMap<Awaited, List<Sinks.Empty<Void>>> waiting = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, RecentPositions> recent = new ConcurrentHashMap<>();

    /**
     * Completes once {@code processor} has committed the event at {@code position} here: at once when it is among
     * the last {@value #REMEMBERED} it committed, else when it does; never, when another instance handles it or
     * the processor has nothing to do with it. The waiter is registered before the recent commits are searched,
     * and a commit is remembered before its waiters are told, so no commit falls between the two.
     */
    public Mono<Void> committed(String processor, long position) {
        return Mono.defer(() -> {
            Awaited awaited = new Awaited(processor, position);
            Sinks.Empty<Void> signal = Sinks.empty();
            waiting.compute(awaited, (key, signals) -> with(signals, signal));
            RecentPositions committed = recent.get(processor);
            if (committed != null && committed.contains(position)) {
                signal.tryEmitEmpty();
            }
            return signal.asMono().doFinally(end -> waiting.computeIfPresent(awaited, (key, signals) -> without(signals, signal)));
        });
    }

    /** A processor stopped here (its generation retired, or the app stopping) is forgotten. */
    void forget(String processor) {
        recent.remove(processor);
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
        recent.computeIfAbsent(processor, name -> new RecentPositions()).add(position);
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

    /** The last positions committed, each segment's thread writing its own slot; read by scanning. */
    private static final class RecentPositions {

        private final AtomicLongArray positions = new AtomicLongArray(REMEMBERED);
        private final AtomicInteger next = new AtomicInteger();

        RecentPositions() {
            for (int slot = 0; slot < REMEMBERED; slot++) {
                positions.set(slot, -1);
            }
        }

        void add(long position) {
            positions.set(Math.floorMod(next.getAndIncrement(), REMEMBERED), position);
        }

        boolean contains(long position) {
            for (int slot = 0; slot < REMEMBERED; slot++) {
                if (positions.get(slot) == position) {
                    return true;
                }
            }
            return false;
        }
    }
}
