package io.ultramarket.commerce.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store Axon builds, built again with the cache of recent events the app asks for (ADR 0104): a stream that
 * starts within the cache is served from it, one that starts further back reads storage.
 */
class EventCacheConfigurationTest {

    private static final int CACHED = 10;

    private final PrivateReadsCounted storage = new PrivateReadsCounted();
    private final List<EmbeddedEventStore> stores = new ArrayList<>();

    @AfterEach
    void stopStores() {
        stores.forEach(EmbeddedEventStore::shutDown);
    }

    @Test
    void aStreamStartingWithinTheConfiguredCacheIsServedFromItAndOneFurtherBackReadsStorage() throws Exception {
        EmbeddedEventStore store = sized(axonsStore(), new EventCacheProperties(CACHED));
        List<TrackingToken> tokens = publishedAndFollowed(store, 3 * CACHED);

        try (BlockingStream<TrackedEventMessage<?>> withinCache = store.openStream(tokens.get(3 * CACHED - 5))) {
            assertThat(withinCache.nextAvailable().getPayload()).isEqualTo(3 * CACHED - 4);
        }
        assertThat(storage.privateReads.get()).isZero();

        try (BlockingStream<TrackedEventMessage<?>> behindCache = store.openStream(tokens.get(CACHED))) {
            assertThat(behindCache.nextAvailable().getPayload()).isEqualTo(CACHED + 1);
        }
        assertThat(storage.privateReads.get()).isEqualTo(1);
    }

    @Test
    void axonsOwnSizeWouldHaveServedTheSameStreamFromItsCache() throws Exception {
        EmbeddedEventStore store = axonsStore();
        List<TrackingToken> tokens = publishedAndFollowed(store, 3 * CACHED);

        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(tokens.get(CACHED))) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(CACHED + 1);
        }
        assertThat(storage.privateReads.get()).isZero();
    }

    @Test
    void anythingButAxonsEmbeddedStoreIsLeftAsItIs() {
        Object other = new Object();

        assertThat(postProcessor(new EventCacheProperties(CACHED)).postProcessAfterInitialization(other, "other"))
                .isSameAs(other);
    }

    @Test
    void theCacheHoldsAThousandEventsUnlessToldOtherwise() {
        assertThat(new EventCacheProperties(0).cachedEvents()).isEqualTo(1_000);
    }

    /**
     * Events 0 to count - 1 published, each read by a stream that follows the head before the next is published: it
     * stays within the store's cache, which the store's producer fills as it fetches each one. (Published all at once,
     * the producer could run ahead, trim the cache past the follower, and the follower would read storage instead.)
     */
    private List<TrackingToken> publishedAndFollowed(EmbeddedEventStore store, int count) throws InterruptedException {
        List<TrackingToken> tokens = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> follower = store.openStream(null)) {
            // Finds the store empty, and from then on follows its head: the store's producer starts.
            assertThat(follower.hasNextAvailable()).isFalse();
            for (int i = 0; i < count; i++) {
                store.publish(GenericEventMessage.asEventMessage(i));
                tokens.add(follower.nextAvailable().trackingToken());
            }
        }
        storage.privateReads.set(0);
        return tokens;
    }

    private EmbeddedEventStore axonsStore() {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(storage).build();
        stores.add(store);
        return store;
    }

    private EmbeddedEventStore sized(EmbeddedEventStore axons, EventCacheProperties properties) {
        EmbeddedEventStore store = (EmbeddedEventStore) postProcessor(properties).postProcessAfterInitialization(axons, "eventBus");
        assertThat(store).isNotSameAs(axons);
        stores.add(store);
        return store;
    }

    private BeanPostProcessor postProcessor(EventCacheProperties properties) {
        Configuration axon = DefaultConfigurer.defaultConfiguration().buildConfiguration();
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                Map.of("storage", storage, "axon", axon, "properties", properties));
        return EventCacheConfiguration.eventCacheSized(beans.getBeanProvider(EventStorageEngine.class),
                beans.getBeanProvider(Configuration.class), beans.getBeanProvider(EventCacheProperties.class));
    }

    /** Counts the reads of a stream of its own; the store's producer, which fills the cache, may block, these may not. */
    private static final class PrivateReadsCounted extends InMemoryEventStorageEngine {

        final AtomicInteger privateReads = new AtomicInteger();

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            if (!mayBlock) {
                privateReads.incrementAndGet();
            }
            return super.readEvents(trackingToken, mayBlock);
        }
    }
}
