package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.ApiIntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JDBC and R2DBC live side by side. Axon must still run every unit of work in a JDBC transaction (with
 * only a reactive transaction manager it would fall back to none), and reads must reach the same database.
 */
@ApiIntegrationTest
class TransactionWiringIT {

    @Autowired
    TransactionManager axonTransactions;
    @Autowired
    DatabaseClient reads;

    @Test
    void axonRunsInSpringManagedJdbcTransactions() {
        assertThat(axonTransactions).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void nonBlockingReadsSeeTheEventStore() {
        Long tables = reads.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'domain_event_entry'")
                .map(row -> row.get(0, Long.class))
                .one()
                .block(Duration.ofSeconds(10));
        assertThat(tables).isEqualTo(1L);
    }
}
