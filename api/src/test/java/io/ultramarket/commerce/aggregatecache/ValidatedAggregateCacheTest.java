package io.ultramarket.commerce.aggregatecache;

import io.ultramarket.commerce.aggregatecache.ValidatedAggregateCache.Lookup;
import io.ultramarket.commerce.command.cart.Cart;
import io.ultramarket.commerce.command.cart.CartLimits;
import io.ultramarket.commerce.schemas.cart.AddItemToCart;
import io.ultramarket.commerce.schemas.cart.CreateCart;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.RemoveItemFromCart;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two app instances on one event store, each with its own aggregate cache and its own command path (Axon's
 * caching repository and the Cart's command handlers): what one appends, the other's next command sees.
 */
class ValidatedAggregateCacheTest {

    private static final Sku MUG = Sku.of("MUG-1");
    private static final Sku TEE = Sku.of("TEE-M");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new UniqueSequences()).build();
    private final Instance one = new Instance(store, 100);
    private final Instance other = new Instance(store, 100);
    private final UUID cart = UUID.randomUUID();

    @AfterEach
    void stopStore() {
        store.shutDown();
    }

    @Test
    void aRepeatedCommandIsDecidedOnTheCachedCartAfterOneLookAtTheStoresLastSequenceNumber() {
        openCartWithAMug(one);
        one.commands.sendAndWait(add(MUG));

        assertThat(List.of(one.cache.lookups(Lookup.HIT), one.cache.lookups(Lookup.STALE), one.cache.lookups(Lookup.MISS)))
                .containsExactly(2L, 0L, 0L);
        assertThat(one.cache.size()).isEqualTo(1);
    }

    @Test
    void aLineAddedThroughAnotherInstanceCanBeRemovedAtOnce() {
        openCartWithAMug(one);

        // The other instance has no copy: it loads the cart from the store and appends behind this one's cache.
        other.commands.sendAndWait(add(TEE));
        assertThat(other.cache.lookups(Lookup.MISS)).isEqualTo(1);

        // The cached copy has no tee, and would refuse its removal (CartItemNotFound) without writing anything.
        one.commands.sendAndWait(new RemoveItemFromCart(cart, TEE));

        assertThat(one.cache.lookups(Lookup.STALE)).isEqualTo(1);
        assertThat(payloadsOf(cart)).containsExactly("CartCreated", "ItemAddedToCart", "ItemAddedToCart",
                "ItemRemovedFromCart");
        // The copy loaded from the store is cached again and serves the next command.
        one.commands.sendAndWait(new RemoveItemFromCart(cart, MUG));
        assertThat(one.cache.lookups(Lookup.HIT)).isEqualTo(2);
        assertThat(one.cache.lookups(Lookup.STALE)).isEqualTo(1);
    }

    @Test
    void aCommandThatLostTheRaceToAnotherInstanceEvictsTheCachedCart() {
        openCart(one);

        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        Aggregate<Cart> loaded = one.repository.load(cart.toString());
        // Current when loaded; the other instance appends before this unit of work commits.
        CompletableFuture.runAsync(() -> other.commands.sendAndWait(add(TEE))).join();
        loaded.execute(copy -> AggregateLifecycle.apply(new ItemAddedToCart(cart, MUG, Quantity.of(1), Quantity.of(1),
                Money.of("10.00", "EUR"), PriceQuote.CATALOG)));

        assertThatThrownBy(unitOfWork::commit).isInstanceOf(ConcurrencyException.class);
        assertThat(one.cache.containsKey(cart.toString())).isFalse();

        one.commands.sendAndWait(add(MUG));
        assertThat(one.cache.lookups(Lookup.MISS)).isEqualTo(1);
        assertThat(payloadsOf(cart)).containsExactly("CartCreated", "ItemAddedToCart", "ItemAddedToCart");
    }

    @Test
    void theBoundKeepsTheNumberOfCachedAggregates() {
        Instance small = new Instance(store, 2);
        List<Object> expired = new ArrayList<>();
        small.cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });

        for (int carts = 0; carts < 5; carts++) {
            small.commands.sendAndWait(new CreateCart(UUID.randomUUID(), CUSTOMER, EUR));
        }

        assertThat(small.cache.size()).isEqualTo(2);
        assertThat(expired).hasSize(3);
    }

    @Test
    void onlyAggregatesAreHeld() {
        assertThatIllegalArgumentException().isThrownBy(() -> one.cache.put("key", "not an aggregate"))
                .withMessageContaining("aggregate entries only");
    }

    @Test
    void theBoundAndTheExpiryHaveDefaultsAndRefuseNonsense() {
        assertThat(bind(Map.of())).isEqualTo(new AggregateCacheProperties(5_000, Duration.ofMinutes(10)));
        assertThat(bind(Map.of("commerce.aggregate-cache.max-entries", "200",
                "commerce.aggregate-cache.expire-after-access", "1h")))
                .isEqualTo(new AggregateCacheProperties(200, Duration.ofHours(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AggregateCacheProperties(-1, null))
                .withMessageContaining("commerce.aggregate-cache.max-entries");
        assertThatIllegalArgumentException().isThrownBy(() -> new AggregateCacheProperties(10, Duration.ZERO))
                .withMessageContaining("commerce.aggregate-cache.expire-after-access");
    }

    private static AggregateCacheProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("commerce.aggregate-cache", AggregateCacheProperties.class);
    }

    private void openCart(Instance instance) {
        instance.commands.sendAndWait(new CreateCart(cart, CUSTOMER, EUR));
    }

    private void openCartWithAMug(Instance instance) {
        openCart(instance);
        instance.commands.sendAndWait(add(MUG));
    }

    private AddItemToCart add(Sku sku) {
        return new AddItemToCart(cart, sku, Quantity.of(1), PriceQuote.fromCatalog(sku, Money.of("10.00", "EUR")));
    }

    private List<String> payloadsOf(UUID aggregate) {
        return store.readEvents(aggregate.toString()).asStream()
                .map(event -> event.getPayloadType().getSimpleName()).toList();
    }

    /** One app instance's write side for carts: its own cache, repository and command bus on the shared store. */
    private static final class Instance {

        final ValidatedAggregateCache cache;
        final EventSourcingRepository<Cart> repository;
        final CommandGateway commands;

        Instance(EmbeddedEventStore store, int maxEntries) {
            cache = new ValidatedAggregateCache(new AggregateCacheProperties(maxEntries, null),
                    store::lastSequenceNumberFor);
            ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                    ClasspathParameterResolverFactory.forClass(Cart.class),
                    new SimpleResourceParameterResolverFactory(Set.of(new CartLimits(99, 50))));
            repository = EventSourcingRepository.builder(Cart.class)
                    .eventStore(store)
                    .parameterResolverFactory(resolvers)
                    .cache(cache)
                    .build();
            SimpleCommandBus bus = SimpleCommandBus.builder().build();
            AggregateAnnotationCommandHandler.<Cart>builder()
                    .aggregateType(Cart.class)
                    .repository(repository)
                    .parameterResolverFactory(resolvers)
                    .build()
                    .subscribe(bus);
            commands = DefaultCommandGateway.builder().commandBus(bus).build();
        }
    }

    /** The store's rule that PostgreSQL's unique (aggregate_identifier, sequence_number) enforces. */
    private static final class UniqueSequences extends InMemoryEventStorageEngine {

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domainEvent && lastSequenceNumberFor(
                        domainEvent.getAggregateIdentifier()).filter(last -> last >= domainEvent.getSequenceNumber())
                        .isPresent()) {
                    throw new ConcurrencyException("Aggregate " + domainEvent.getAggregateIdentifier()
                            + " already has an event " + domainEvent.getSequenceNumber());
                }
            }
            super.appendEvents(events);
        }
    }
}
