package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Insider;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.gaps.OwnerSql;
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
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * reads it: the same events with the same timestamps, and the same tracking tokens, gaps included, on either side of
 * the gap timeout.
 */
@ApiIntegrationTest
class ReadOnceTimestampsEngineIT {

    private static final int EVENTS = 300;
    /** Numbers of the store's sequence jumped over, far below Axon's maximum gap offset (10,000). */
    private static final long HOLE = 5;
    /** Wider than a batch of Axon's engine (100 events). */
    private static final long WIDE_HOLE = 250;

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
    Insider insider;
    @Autowired
    WebTestClient http;

    @Test
    void theStoresNewestEventsAreReadAsAxonsEngineReadsThem() {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart();
        TrackingToken behind = behindTheNewestEvents();

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

    /**
     * Both sides of the gap rule, whatever the events' age: the store's numbering jumps (as after inserts that rolled
     * back), then a cart's events follow. With a gap timeout of 0 no event may leave gaps before it, so the token
     * past the jump holds none; with one of about 24 days every event may, so it holds the numbers jumped over.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, Integer.MAX_VALUE})
    void eitherSideOfTheGapTimeoutIsReadAsAxonsEngineReadsIt(int gapTimeoutMillis) {
        long jumpedTo = new OwnerSql(insider.jdbc()).jumpGlobalIndex(HOLE);
        new Shop(http).createCart();
        JdbcEventStorageEngine mine = ReadOnceTimestampsEngine.build(axonsSettings(), new AppendedPositions());
        JdbcEventStorageEngine axons = axonsSettings().build();
        mine.setGapTimeout(gapTimeoutMillis);
        axons.setGapTimeout(gapTimeoutMillis);
        TrackingToken beforeTheHole = GapAwareTrackingToken.newInstance(jumpedTo - HOLE, Set.of());

        List<TrackedEventMessage<?>> read = read(mine, beforeTheHole);

        assertThat(read).isNotEmpty();
        GapAwareTrackingToken pastTheHole = (GapAwareTrackingToken) read.get(read.size() - 1).trackingToken();
        if (gapTimeoutMillis == 0) {
            assertThat(pastTheHole.getGaps()).isEmpty();
        } else {
            // Among them at least the numbers jumped over (an event another thread is appending may be one too).
            assertThat(pastTheHole.getGaps()).filteredOn(gap -> gap > jumpedTo - HOLE && gap <= jumpedTo).isNotEmpty();
        }
        assertSameEvents(read, read(axons, beforeTheHole));
        assertSameEvents(read(mine, null), read(axons, null));
    }

    /**
     * A hole in the numbering wider than a batch (Axon's 100 events) is crossed as Axon's engine crosses it with its
     * extended gap check, which the app's engine leaves off: its read reaches the next stored event itself (ADR 0114).
     * Without that check, Axon's engine would read nothing past the hole.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, Integer.MAX_VALUE})
    void aHoleWiderThanABatchIsCrossedAsAxonsEngineCrossesIt(int gapTimeoutMillis) {
        long jumpedTo = new OwnerSql(insider.jdbc()).jumpGlobalIndex(WIDE_HOLE);
        UUID cartId = new Shop(http).createCart();
        JdbcEventStorageEngine mine = ReadOnceTimestampsEngine.build(axonsSettings(), new AppendedPositions());
        JdbcEventStorageEngine axons = axonsSettings().build();
        JdbcEventStorageEngine axonsUnchecked = axonsSettings().extendedGapCheckEnabled(false).build();
        List.of(mine, axons, axonsUnchecked).forEach(engine -> engine.setGapTimeout(gapTimeoutMillis));
        TrackingToken beforeTheHole = GapAwareTrackingToken.newInstance(jumpedTo - WIDE_HOLE, Set.of());

        List<TrackedEventMessage<?>> read = read(mine, beforeTheHole);

        assertThat(read).extracting(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                .contains(cartId.toString());
        assertSameEvents(read, read(axons, beforeTheHole));
        assertThat(read(axonsUnchecked, beforeTheHole)).isEmpty();
    }

    /** A token a little behind the store's head, with two gaps behind it. */
    private TrackingToken behindTheNewestEvents() {
        long newest = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        long position = Math.max(0, newest - EVENTS);
        return GapAwareTrackingToken.newInstance(position, Set.of(position - 1, position - 2));
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
        return axonsSettings().build();
    }

    private JdbcEventStorageEngine.Builder axonsSettings() {
        return EventStoreConfiguration.axonsEngineSettings(serializer, eventSerializer, persistenceExceptionResolver, axon,
                connectionProvider, transactionManager, eventSchema);
    }
}
