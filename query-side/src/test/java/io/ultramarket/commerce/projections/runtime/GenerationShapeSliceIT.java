package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.order.OrderViewSchema;
import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.query.order.Orders;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the generations engine tells that a read model's schema changed since a generation was made (ADR 0076), on
 * the orders read model and a real PostgreSQL: a generation made before the order's breakdown columns is not today's
 * shape, so it is rebuilt from event 0; meanwhile its upgrades keep it writable by today's writer.
 */
@ExtendWith(ReadModelSlices.class)
class GenerationShapeSliceIT {

    private static final Generation TODAYS = new Generation(OrderViewSchema.PROJECTION, 1);
    private static final Generation BEFORE_THE_BREAKDOWN = new Generation(OrderViewSchema.PROJECTION, 2);
    private static final Generation FRESH = new Generation(OrderViewSchema.PROJECTION, 3);

    private static void makeBeforeTheBreakdown(JdbcTemplate jdbc, Generation generation) {
        OrderViewSchema.ddl(generation).forEach(jdbc::execute);
        OrderViewSchema.BREAKDOWN.forEach(column ->
                jdbc.execute("ALTER TABLE " + generation.table(OrderViewSchema.ORDERS) + " DROP COLUMN " + column));
    }

    private static PostgresStore ordersStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        return new PostgresStore(new PostgresReadModel(OrderViewSchema.PROJECTION, OrderViewSchema.TABLES,
                OrderViewSchema::ddl, generation -> new Object()).upgradedBy(OrderViewSchema::upgrades), jdbc, transactions, null);
    }

    private static TransactionTemplate transactions(JdbcTemplate jdbc) {
        return new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    @Test
    void aGenerationMadeBeforeTheBreakdownColumnsIsNotTodaysShapeButIsKeptWritable(ReadModelDatabase database) {
        JdbcTemplate jdbc = database.slice(OrderViewSchema.class, Orders.class).jdbc();
        makeBeforeTheBreakdown(jdbc, BEFORE_THE_BREAKDOWN);
        TransactionTemplate transactions = transactions(jdbc);
        PostgresStore store = ordersStore(jdbc, transactions);

        boolean oldIsTodays = transactions.execute(status -> store.hasTodaysShape(BEFORE_THE_BREAKDOWN, FRESH));
        boolean todaysIsTodays = transactions.execute(status -> store.hasTodaysShape(TODAYS, FRESH));

        assertThat(oldIsTodays).as("a generation without the breakdown's NOT NULL columns").isFalse();
        assertThat(todaysIsTodays).as("a generation made by today's DDL").isTrue();
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                        + " AND is_nullable = 'YES'", String.class, BEFORE_THE_BREAKDOWN.table(OrderViewSchema.ORDERS)))
                .as("the old generation's breakdown columns, added for today's writer").containsAll(OrderViewSchema.BREAKDOWN);
        assertThat(jdbc.queryForObject("SELECT to_regclass(?) IS NULL", Boolean.class, FRESH.table(OrderViewSchema.ORDERS)))
                .as("the tables made to see today's shape are taken back").isTrue();
    }

    /**
     * The engine's start on a store whose ACTIVE generation (2) has the old shape: a BUILDING generation (3) of
     * today's shape is made, to be built from event 0, while 2 answers; a second start adds nothing. A BUILDING
     * generation of an old shape is retired and another one made.
     */
    @Test
    void atStartAnActiveGenerationOfAnOldShapeIsRebuiltIntoANewGenerationAndAnOldShapedRebuildIsReplaced(
            ReadModelDatabase database) {
        JdbcTemplate jdbc = database.slice(OrderViewSchema.class, Orders.class).jdbc();
        // The generations table as the app's migrations make it (V4, V27).
        jdbc.execute("CREATE TABLE projection_generation (projection VARCHAR(100) NOT NULL, generation INTEGER NOT NULL, "
                + "state VARCHAR(16) NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now(), activated_at TIMESTAMPTZ, "
                + "retired_at TIMESTAMPTZ, PRIMARY KEY (projection, generation))");
        jdbc.execute("CREATE UNIQUE INDEX one_active ON projection_generation (projection) WHERE state = 'ACTIVE'");
        jdbc.execute("CREATE UNIQUE INDEX one_building ON projection_generation (projection) WHERE state = 'BUILDING'");
        jdbc.update("INSERT INTO projection_generation (projection, generation, state) VALUES ('orders', 1, 'DROPPED'), "
                + "('orders', 2, 'ACTIVE')");
        makeBeforeTheBreakdown(jdbc, BEFORE_THE_BREAKDOWN);
        TransactionTemplate transactions = transactions(jdbc);
        PostgresStore store = ordersStore(jdbc, transactions);
        ProjectionRuntime engine = new ProjectionRuntime(List.of(store),
                new ProjectionGenerations(jdbc, Clock.systemUTC()), null, null, transactions, jdbc, null);

        engine.bootstrap(store);
        engine.bootstrap(store);

        assertThat(states(jdbc)).containsExactly("1 DROPPED", "2 ACTIVE", "3 BUILDING");
        boolean rebuildIsTodays = transactions.execute(status ->
                store.hasTodaysShape(FRESH, new Generation(OrderViewSchema.PROJECTION, 4)));
        assertThat(rebuildIsTodays).as("the rebuild's tables are today's").isTrue();

        jdbc.execute("ALTER TABLE " + FRESH.table(OrderViewSchema.ORDERS) + " DROP COLUMN " + OrderViewSchema.TAX_TOTAL_AMOUNT);
        engine.bootstrap(store);

        assertThat(states(jdbc)).containsExactly("1 DROPPED", "2 ACTIVE", "3 RETIRED", "4 BUILDING");
    }

    private static List<String> states(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT generation || ' ' || state FROM projection_generation ORDER BY generation",
                String.class);
    }
}
