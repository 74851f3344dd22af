package io.ultramarket.commerce.projections.readmodel;

import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

import java.util.List;
import java.util.function.Function;

/**
 * A read model kept in PostgreSQL tables, made of the two halves each read model declares: its schema class
 * (the tables and their DDL for a generation, shared with the readers in query-side) and the writer of one
 * generation. Every PostgreSQL read model is one of these, registered as a bean in its feature package.
 */
public final class PostgresReadModel implements ReadModelProjection {

    private final String name;
    private final List<String> tables;
    private final Function<Generation, List<String>> ddl;
    private final Function<Generation, Object> writers;
    /** Null for the runtime's defaults: many segments, one sequence per aggregate. */
    private final Function<Generation, SequencingPolicy<? super EventMessage<?>>> sequencing;
    private final Function<Generation, List<String>> upgrades;
    private final StreamingProcessor.Wakes wakes;

    /**
     * @param name    the projection's name, e.g. {@code orders}
     * @param tables  the plain table names, each a view over the active generation's table
     * @param ddl     the statements that create a generation's tables and indexes
     * @param writers the writer of a generation: an object with {@code @EventHandler} methods
     */
    public PostgresReadModel(String name, List<String> tables, Function<Generation, List<String>> ddl,
                             Function<Generation, Object> writers) {
        this(name, tables, ddl, writers, null, generation -> List.of(), StreamingProcessor.Wakes.AT_ONCE);
    }

    private PostgresReadModel(String name, List<String> tables, Function<Generation, List<String>> ddl,
                              Function<Generation, Object> writers,
                              Function<Generation, SequencingPolicy<? super EventMessage<?>>> sequencing,
                              Function<Generation, List<String>> upgrades, StreamingProcessor.Wakes wakes) {
        this.name = name;
        this.tables = List.copyOf(tables);
        this.ddl = ddl;
        this.writers = writers;
        this.sequencing = sequencing;
        this.upgrades = upgrades;
        this.wakes = wakes;
    }

    /**
     * The same read model for rows that join events of several aggregates: one segment, so its events apply
     * in the order of the event store, and a poison event holds back the sequence that {@code sequencing}
     * names for the row, not only its own aggregate's events.
     */
    public PostgresReadModel joiningAggregates(Function<Generation, SequencingPolicy<? super EventMessage<?>>> sequencing) {
        return new PostgresReadModel(name, tables, ddl, writers, sequencing, upgrades, wakes);
    }

    /** The same read model, whose generations made by earlier versions of the app {@code upgrades} brings up to date. */
    public PostgresReadModel upgradedBy(Function<Generation, List<String>> upgrades) {
        return new PostgresReadModel(name, tables, ddl, writers, sequencing, upgrades, wakes);
    }

    /**
     * The same read model, which no request waits for right after a write: its processor wakes up late and takes
     * in one batch what came meanwhile (ADR 0111).
     */
    public PostgresReadModel inTheBackground() {
        return new PostgresReadModel(name, tables, ddl, writers, sequencing, upgrades, StreamingProcessor.Wakes.LATE);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> tables() {
        return tables;
    }

    @Override
    public List<String> schema(Generation generation) {
        return ddl.apply(generation);
    }

    @Override
    public List<String> upgrades(Generation generation) {
        return upgrades.apply(generation);
    }

    @Override
    public Object eventHandler(Generation generation) {
        return writers.apply(generation);
    }

    @Override
    public int segments() {
        return sequencing == null ? ReadModelProjection.super.segments() : 1;
    }

    @Override
    public StreamingProcessor.Wakes wakes() {
        return wakes;
    }

    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy(Generation generation) {
        return sequencing == null ? ReadModelProjection.super.sequencingPolicy(generation) : sequencing.apply(generation);
    }
}
