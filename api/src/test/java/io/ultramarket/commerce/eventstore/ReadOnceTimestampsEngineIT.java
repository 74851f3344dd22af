package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's event storage engine (ADR 0108) reads the store as Axon's own JDBC engine, built with the same settings,
 * reads it: the same events with the same timestamps, and the same tracking tokens, gaps included.
 */
@ApiIntegrationTest
class ReadOnceTimestampsEngineIT {

    private static final int EVENTS = 300;

    @Autowired
    EventStorageEngine appsEngine;
    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    PersistenceExceptionResolver persistenceExceptionResolver;
    @Autowired
    Configuration axon;
    @Autowired
    ConnectionProvider connectionProvider;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventSchema eventSchema;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebTestClient http;

    @Test
    void theStoresNewestEventsAreReadAsAxonsEngineReadsThem() {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart();
        long newest = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        // A token with gaps behind the newest events: both engines must carry them forward alike.
        TrackingToken behind = GapAwareTrackingToken.newInstance(Math.max(0, newest - EVENTS),
                Set.of(Math.max(0, newest - EVENTS) - 1, Math.max(0, newest - EVENTS) - 2));

        List<TrackedEventMessage<?>> read = read(appsEngine, behind);

        assertThat(read).isNotEmpty();
        assertThat(read).extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                .contains(cartId.toString());
        assertSameEvents(read, read(axonsEngine(), behind));
    }

    @Test
    void theFirstEventsAreReadAsAxonsEngineReadsThemFromNoToken() {
        assertSameEvents(read(appsEngine, null), read(axonsEngine(), null));
    }

    private static void assertSameEvents(List<TrackedEventMessage<?>> actual, List<TrackedEventMessage<?>> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            DomainEventMessage<?> mine = (DomainEventMessage<?>) actual.get(i);
            DomainEventMessage<?> axons = (DomainEventMessage<?>) expected.get(i);
            assertThat(actual.get(i).trackingToken()).isEqualTo(expected.get(i).trackingToken());
            assertThat(mine.getIdentifier()).isEqualTo(axons.getIdentifier());
            assertThat(mine.getTimestamp()).isEqualTo(axons.getTimestamp());
            assertThat(mine.getType()).isEqualTo(axons.getType());
            assertThat(mine.getAggregateIdentifier()).isEqualTo(axons.getAggregateIdentifier());
            assertThat(mine.getSequenceNumber()).isEqualTo(axons.getSequenceNumber());
            assertThat(mine.getPayloadType()).isEqualTo(axons.getPayloadType());
            assertThat(mine.getPayload()).isEqualTo(axons.getPayload());
            assertThat(mine.getMetaData()).isEqualTo(axons.getMetaData());
        }
    }

    private static List<TrackedEventMessage<?>> read(EventStorageEngine engine, TrackingToken after) {
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(after, false)) {
            return events.limit(EVENTS).<TrackedEventMessage<?>>map(event -> event).toList();
        }
    }

    /** Axon's engine as its auto-configuration would have built it. */
    private EventStorageEngine axonsEngine() {
        return EventStoreConfiguration.axonsEngineSettings(serializer, eventSerializer, persistenceExceptionResolver, axon,
                connectionProvider, transactionManager, eventSchema).build();
    }
}
