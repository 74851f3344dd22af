package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.poison.TransientRetry;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A PostgreSQL read model as the generations engine runs it: each generation's tables are created with its
 * row in the generations table, a view under each plain name points at the ACTIVE generation (re-pointed in
 * the switch's transaction), and the handler writes in the processor's transaction, together with the token:
 * exactly once. A batch in which an event failed is handled again with each event in a savepoint
 * ({@link SavepointsAfterFailure}), so that the failing event alone is parked.
 */
final class PostgresStore implements ProjectionStore {

    private final ReadModelProjection projection;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransientRetry retry;
    private final TransactionTemplate savepoint;

    PostgresStore(ReadModelProjection projection, JdbcTemplate jdbc, TransactionTemplate transactions,
                      TransientRetry retry) {
        this.projection = projection;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retry = retry;
        this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public String name() {
        return projection.name();
    }

    /** Events are parked only when their handler fails, by the processor's invoker. */
    @Override
    public boolean parksEventsItself() {
        return false;
    }

    @Override
    public int segments() {
        return projection.segments();
    }

    @Override
    public StreamingProcessor.Wakes wakes() {
        return projection.wakes();
    }

    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy(Generation generation) {
        return projection.sequencingPolicy(generation);
    }

    @Override
    public void created(Generation generation) {
        projection.schema(generation).forEach(jdbc::execute);
    }

    /**
     * Compares the columns (name, type, NOT NULL) of the generation's tables, after its upgrades, with those of
     * today's DDL, run for {@code fresh} in a savepoint that is rolled back: nobody sees those tables. A column
     * added, dropped, retyped or made NOT NULL since the generation was made is a difference; indexes are not.
     */
    @Override
    public boolean hasTodaysShape(Generation generation, Generation fresh) {
        projection.upgrades(generation).forEach(jdbc::execute);
        Map<String, Set<String>> made = shapeOf(generation);
        Map<String, Set<String>> today = savepoint.execute(status -> {
            status.setRollbackOnly();
            projection.schema(fresh).forEach(jdbc::execute);
            return shapeOf(fresh);
        });
        return made.equals(today);
    }

    private Map<String, Set<String>> shapeOf(Generation generation) {
        Map<String, Set<String>> shape = new TreeMap<>();
        for (String table : projection.tables()) {
            shape.put(table, new TreeSet<>(jdbc.queryForList("SELECT attname || ' ' || format_type(atttypid, atttypmod)"
                    + " || CASE WHEN attnotnull THEN ' NOT NULL' ELSE '' END FROM pg_attribute"
                    + " WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped", String.class,
                    generation.table(table))));
        }
        return shape;
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

    /** ANALYZE, as after any bulk load: it takes no lock that the writers or readers wait for. */
    @Override
    public void whileBuilding(Generation generation) {
        jdbc.execute("ANALYZE " + projection.tables().stream().map(generation::table).collect(Collectors.joining(", ")));
    }

    @Override
    public void drop(Generation generation) {
        projection.tables().forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + generation.table(table)));
    }

    @Override
    public GenerationWriter writer(Generation generation, WriterContext context) {
        return GenerationWriter.of(new SavepointsAfterFailure(projection.eventHandler(generation), transactions, retry, jdbc));
    }
}
