package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.poison.TransientRetry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A PostgreSQL read model as the generations engine runs it: each generation's tables are created with its
 * row in the generations table, a view under each plain name points at the ACTIVE generation (re-pointed in
 * the switch's transaction), and the handler writes in the processor's transaction, each event in a
 * savepoint, together with the token: exactly once.
 */
final class PostgresStore implements ProjectionStore {

    private final ReadModelProjection projection;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransientRetry retry;

    PostgresStore(ReadModelProjection projection, JdbcTemplate jdbc, TransactionTemplate transactions,
                      TransientRetry retry) {
        this.projection = projection;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retry = retry;
    }

    @Override
    public String name() {
        return projection.name();
    }

    @Override
    public int segments() {
        return projection.segments();
    }

    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy(Generation generation) {
        return projection.sequencingPolicy(generation);
    }

    @Override
    public void created(Generation generation) {
        projection.schema(generation).forEach(jdbc::execute);
    }

    /** The app's role made the generation's tables, so it may alter them. */
    @Override
    public void beforeStart(Generation generation) {
        projection.upgrades(generation).forEach(jdbc::execute);
    }

    /** Replaces each view in the same transaction as the generation switch: readers see old or new, never a mix. */
    @Override
    public void answerFrom(Generation generation) {
        for (String table : projection.tables()) {
            jdbc.execute("DROP VIEW IF EXISTS " + table);
            jdbc.execute("CREATE VIEW " + table + " AS SELECT * FROM " + generation.table(table));
        }
    }

    @Override
    public void drop(Generation generation) {
        projection.tables().forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + generation.table(table)));
    }

    @Override
    public GenerationWriter writer(Generation generation, WriterContext context) {
        return GenerationWriter.of(new SavepointPerEvent(projection.eventHandler(generation), transactions, retry));
    }
}
