package io.ultramarket.commerce.merchantwebhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.projections.merchantwebhook.WebhookOutboxFiller;
import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.SqlProvider;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook outbox's filler reads the endpoints once for a whole batch, for every event type in it, and still gives
 * each event exactly the endpoints that asked for its type and were enabled at its own time.
 */
@ApiIntegrationTest
class WebhookOutboxBatchIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;
    @Autowired
    StreamingProcessor.Infrastructure axon;
    @Autowired
    DeadLetterQueues deadLetterQueues;

    @Test
    void aBatchOfSeveralEventTypesReadsTheEndpointsOnceAndGivesEachEventItsOwn() throws Exception {
        // Disabled a minute ago, after every event below: whatever the sender does with the deliveries, it sends none.
        UUID registrations = endpoint(List.of("StockItemRegistered"), NOW.minusSeconds(7200));
        UUID movements = endpoint(List.of("StockReceived", "StockAdjusted"), NOW.minusSeconds(7200));
        UUID lateComer = endpoint(List.of("StockReceived", "StockAdjusted"), NOW.minusSeconds(1800));
        StockItemId stock = StockItemId.of("HOOK-" + UUID.randomUUID(), "BER-1");
        EventMessage<?> registered = event(stock, 0, new StockItemRegistered(stock, 5), NOW.minusSeconds(3600));
        EventMessage<?> received = event(stock, 1, new StockReceived(stock, Quantity.of(2), "PO-1", 7), NOW.minusSeconds(3000));
        EventMessage<?> adjusted = event(stock, 2, new StockAdjusted(stock, -1, "broken", 6), NOW.minusSeconds(600));
        AtomicInteger endpointQueries = new AtomicInteger();
        WebhookOutboxFiller filler = new WebhookOutboxFiller(countingEndpointQueries(endpointQueries), json, axon,
                deadLetterQueues);

        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(registered, received, adjusted));
        batch.executeWithResult(() -> filler.handle(batch.getMessage()));

        assertThat(endpointQueries).hasValue(1);
        assertThat(deliveriesOf(registered)).containsExactly(registrations);
        assertThat(deliveriesOf(received)).containsExactlyInAnyOrder(movements);
        assertThat(deliveriesOf(adjusted)).containsExactlyInAnyOrder(movements, lateComer);
    }

    private UUID endpoint(List<String> types, Instant createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO merchant_webhook_endpoint (id, url, event_types, secret, created_at, disabled_at)"
                        + " VALUES (?, 'https://merchant.example/hooks', ?::text[], 'secret', ?, ?)",
                id, types.toArray(String[]::new), Timestamp.from(createdAt), Timestamp.from(NOW.minusSeconds(60)));
        return id;
    }

    private static EventMessage<?> event(StockItemId stock, long sequence, Object payload, Instant occurredAt) {
        return new GenericDomainEventMessage<>("StockItem", stock.toString(), sequence, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), occurredAt);
    }

    private List<UUID> deliveriesOf(EventMessage<?> event) {
        return jdbc.queryForList("SELECT endpoint_id FROM merchant_webhook_delivery WHERE event_id = ?", UUID.class,
                event.getIdentifier());
    }

    /** The app's database, with the queries of the endpoints' table counted, however they are asked. */
    private JdbcTemplate countingEndpointQueries(AtomicInteger count) {
        return new JdbcTemplate(dataSource) {
            @Override
            public <T> T query(PreparedStatementCreator statement, PreparedStatementSetter arguments,
                               ResultSetExtractor<T> rows) {
                if (statement instanceof SqlProvider sql && sql.getSql().contains("FROM merchant_webhook_endpoint")) {
                    count.incrementAndGet();
                }
                return super.query(statement, arguments, rows);
            }
        };
    }
}
