package io.ultramarket.commerce.projections.analytics;

import io.ultramarket.commerce.projections.poison.TransientRetry;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ProjectionStore;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * The analytics projection's store for the generations engine: each generation has its own ClickHouse
 * tables ({@code order_line_g2}) and its processor ({@code analytics-g2}) writes facts there in batches.
 * ClickHouse cannot take part in the PostgreSQL transaction of a switch, so queries name the tables of
 * {@code ProjectionRuntime.answering("analytics")}, which every instance refreshes at each reconciliation.
 *
 * <p>ClickHouse may be down when the app starts or later: a generation's tables are created before its
 * processor starts (not with its row), so a generation whose tables cannot be created yet waits for the next
 * reconciliation, and so does dropping a retired one. Commands never depend on it.
 */
public final class ClickHouseFactStore implements ProjectionStore {

    public static final String NAME = "analytics";

    private final DataSource clickHouse;
    private final AnalyticsProperties properties;
    private final TransientRetry retry;

    public ClickHouseFactStore(DataSource clickHouse, AnalyticsProperties properties, TransientRetry retry) {
        this.clickHouse = clickHouse;
        this.properties = properties;
        this.retry = retry;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Analysts read facts minutes after they happen; nobody waits for one. */
    @Override
    public StreamingProcessor.Wakes wakes() {
        return StreamingProcessor.Wakes.LATE;
    }

    @Override
    public int segments() {
        return properties.segments();
    }

    @Override
    public int batchSize() {
        return properties.batchSize();
    }

    /** Facts are parked by aggregate, like the read models' rows. */
    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy(Generation generation) {
        return SequentialPerAggregatePolicy.instance();
    }

    @Override
    public void beforeStart(Generation generation) throws SQLException {
        execute(generation, FactTable::createStatement);
    }

    @Override
    public void drop(Generation generation) throws SQLException {
        execute(generation, FactTable::dropStatement);
    }

    /**
     * Rows are gathered from the units of work of all segments and written in one INSERT per table (see
     * {@link FactWriter}); the events ClickHouse refuses are parked in the generation's queue.
     */
    @Override
    public GenerationWriter writer(Generation generation, WriterContext context) {
        FactWriter writer = new FactWriter(clickHouse, generation.number(), properties.flushRows(),
                properties.flushInterval(), context.segmentsClaimedHere(), retry);
        FactsHandler handler = new FactsHandler(writer, properties.batchSize(), context.deadLetters(),
                sequencingPolicy(generation));
        return new GenerationWriter(handler, writer::close);
    }

    /** Rows stored in a generation's tables, repeats not yet merged away included: what was written. */
    @Override
    public OptionalLong rows(Generation generation) {
        long rows = 0;
        try (Connection connection = clickHouse.getConnection(); Statement sql = connection.createStatement()) {
            for (FactTable table : FactTable.values()) {
                try (var result = sql.executeQuery("SELECT count() FROM " + table.physicalName(generation.number()))) {
                    rows += result.next() ? result.getLong(1) : 0;
                }
            }
        } catch (SQLException | RuntimeException unavailable) {
            // ClickHouse away, or the tables not created yet: the count is unknown, not zero.
            return OptionalLong.empty();
        }
        return OptionalLong.of(rows);
    }

    private void execute(Generation generation, StatementOfTable statement) throws SQLException {
        try (Connection connection = clickHouse.getConnection(); Statement sql = connection.createStatement()) {
            for (FactTable table : FactTable.values()) {
                sql.execute(statement.of(table, generation.number()));
            }
        }
    }

    @FunctionalInterface
    private interface StatementOfTable {
        String of(FactTable table, int generation);
    }
}
