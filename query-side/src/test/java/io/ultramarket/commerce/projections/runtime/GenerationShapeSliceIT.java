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

    @Test
    void aGenerationMadeBeforeTheBreakdownColumnsIsNotTodaysShapeButIsKeptWritable(ReadModelDatabase database) {
        JdbcTemplate jdbc = database.slice(OrderViewSchema.class, Orders.class).jdbc();
        OrderViewSchema.ddl(BEFORE_THE_BREAKDOWN).forEach(jdbc::execute);
        OrderViewSchema.BREAKDOWN.forEach(column ->
                jdbc.execute("ALTER TABLE " + BEFORE_THE_BREAKDOWN.table(OrderViewSchema.ORDERS) + " DROP COLUMN " + column));
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        PostgresStore store = new PostgresStore(new PostgresReadModel(OrderViewSchema.PROJECTION, OrderViewSchema.TABLES,
                OrderViewSchema::ddl, generation -> new Object()).upgradedBy(OrderViewSchema::upgrades), jdbc, transactions, null);

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
}
