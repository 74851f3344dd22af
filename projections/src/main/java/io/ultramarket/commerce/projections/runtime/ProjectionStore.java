package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import java.util.OptionalLong;
import java.util.function.IntSupplier;

/**
 * The part of a projection that depends on where it writes (PostgreSQL tables behind views, ClickHouse
 * fact tables), behind the one generations engine ({@link ProjectionRuntime}). The engine owns everything
 * else: the generations table and its lock, the processor of each generation with its token and its
 * dead-letter queue, replays, the switch once a rebuild has caught up, progress, and dropping retired
 * generations. A store only says how a generation's tables come and go and how its events are written.
 */
public interface ProjectionStore {

    /** Stable name, used in admin URLs, the generations table and processor names, e.g. {@code orders}. */
    String name();

    /** Segments of each generation's processor; 0 takes {@code commerce.projections.segments}. */
    default int segments() {
        return 0;
    }

    /** Events per unit of work; 0 takes {@code commerce.projections.batch-size}. */
    default int batchSize() {
        return 0;
    }

    /**
     * Whether the store's writer parks events in the dead-letter queue itself ({@link WriterContext#deadLetters()}, a
     * batch writer's refusals) rather than only through the processor's failing handler. Only a store that does not
     * lets the processor remember which sequences it parked, so that an event whose sequence it knows to be clear is
     * handled without asking the queue (one query per event, a sixth of a replay's time); a sequence parked behind
     * its back would otherwise be missed, and its later events handled out of order.
     */
    default boolean parksEventsItself() {
        return true;
    }

    /** Whether someone waits for what the store's processor writes right after a write (ADR 0111). */
    default StreamingProcessor.Wakes wakes() {
        return StreamingProcessor.Wakes.AT_ONCE;
    }

    /**
     * What a poison event holds back (the later events with the same sequence identifier are parked behind
     * it), and how events are split among the segments.
     */
    SequencingPolicy<? super EventMessage<?>> sequencingPolicy(Generation generation);

    /**
     * Runs in the PostgreSQL transaction that records a new generation, under the projection's lock: what
     * must exist together with its row (PostgreSQL creates the tables here; its DDL commits with the row).
     */
    default void created(Generation generation) {
    }

    /**
     * Whether {@code generation}, made by an earlier release of the app, has the shape today's would give it.
     * {@code fresh} is a generation not made yet, which the store may create and take back to see today's shape.
     * Runs at start-up under the projection's lock; a generation that has not today's shape is rebuilt from event 0
     * into a new one, which answers once caught up (ADR 0076). A store that cannot tell says true.
     */
    default boolean hasTodaysShape(Generation generation, Generation fresh) {
        return true;
    }

    /**
     * Runs before this instance starts the generation's processor, each time it starts it. A store that may
     * be away (ClickHouse) creates its tables here, idempotently; while it throws, the processor is not
     * started and the engine tries again at its next reconciliation.
     */
    default void beforeStart(Generation generation) throws Exception {
    }

    /**
     * Runs now and then on the reconciler's thread while this instance rebuilds {@code generation}, less often as
     * the rebuild goes on. PostgreSQL brings its tables' statistics up to date here: statements its writers run
     * often are planned once, and a plan made while a table was empty would go on reading it whole (ADR 0096).
     */
    default void whileBuilding(Generation generation) {
    }

    /**
     * Runs in the transaction that makes {@code generation} the one that answers (PostgreSQL re-points its
     * views, so readers see the old tables or the new ones, never a mix). Readers of a store that cannot
     * take part in that transaction follow {@link ProjectionRuntime#answering} instead.
     */
    default void answerFrom(Generation generation) {
    }

    /**
     * Drops a retired generation's tables, in the transaction that marks it dropped and deletes its token and
     * dead letters: if this throws, all of that waits for the next reconciliation.
     */
    void drop(Generation generation) throws Exception;

    /** The handler of a generation's processor, and what to release when the processor stops. */
    GenerationWriter writer(Generation generation, WriterContext context);

    /** Rows the store holds for a generation, where it can count them cheaply; empty otherwise. */
    default OptionalLong rows(Generation generation) {
        return OptionalLong.empty();
    }

    /**
     * What the engine gives a writer: the generation's dead-letter queue (a batch writer parks the events its
     * store refused there, in the unit of work's transaction), and how many segments this instance processes
     * now (when all of them wait for a batch write, no more rows can come).
     */
    record WriterContext(SequencedDeadLetterQueue<EventMessage<?>> deadLetters, IntSupplier segmentsClaimedHere) {
    }

    /** A generation's event handler, and what stopping its processor releases (a batch writer's timer). */
    record GenerationWriter(EventMessageHandler handler, Runnable onStop) {

        public static GenerationWriter of(EventMessageHandler handler) {
            return new GenerationWriter(handler, () -> { });
        }
    }
}
