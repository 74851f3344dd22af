package io.ultramarket.commerce.aggregatecache;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.command.cart.Cart;
import io.ultramarket.commerce.schemas.cart.AddItemToCart;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.ItemRemovedFromCart;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregate cache serves a cart only while it is current with the store (ADR 0077): what another instance
 * appended to it is seen by this instance's next command, and a cart nobody else touched is decided on the
 * cached copy, after one look at the store's last sequence number for it. An erasure drops the person's
 * aggregates from the cache.
 */
@ApiIntegrationTest
class AggregateCacheIT {

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    @Autowired
    @Qualifier("aggregateCache")
    ValidatedAggregateCache cache;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Configuration axon;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    TransactionManager transactions;

    private final List<Registration> listening = new CopyOnWriteArrayList<>();
    private EmbeddedEventStore otherStore;

    @AfterEach
    void stopListeningAndTheOtherInstance() {
        listening.forEach(Registration::cancel);
        if (otherStore != null) {
            otherStore.shutDown();
        }
    }

    @Test
    void aRepeatedCommandOnACartIsDecidedOnTheCachedCart() {
        Shop shop = new Shop(http);
        String sku = Checkouts.newSku("CACHED");
        shop.sell(sku, "3.00");
        UUID cartId = shop.createCart();
        List<String> seen = watch(cartId);
        double hits = lookups("hit");

        shop.addItem(cartId, sku, 1, "3.00").expectStatus().isAccepted();
        shop.addItem(cartId, sku, 2, "3.00").expectStatus().isAccepted();

        // Each command read the cached cart (after comparing its version with the store's) and put it back:
        // neither was rebuilt from the store.
        assertThat(seen).containsExactly("read", "updated", "read", "updated");
        assertThat(lookups("hit")).isGreaterThanOrEqualTo(hits + 2);
        assertThat(events.typesOf(cartId)).endsWith(ItemAddedToCart.class, ItemAddedToCart.class);
    }

    @Test
    void aLineAddedThroughAnotherInstanceIsRemovedThroughThisOneAtOnce() {
        Shop shop = new Shop(http);
        String mug = Checkouts.newSku("MUG");
        UUID cartId = shop.createCart();
        shop.addItem(cartId, mug, 1, "4.00").expectStatus().isAccepted();
        assertThat(cache.containsKey(cartId.toString())).isTrue();
        List<String> seen = watch(cartId);
        double stale = lookups("stale");

        // Another instance on the same database: its own cache, repository and command bus, its own event store
        // over this app's storage engine. This instance's cache is not told.
        Sku tee = Sku.of(Checkouts.newSku("TEE"));
        otherInstance().sendAndWait(new AddItemToCart(cartId, tee, Quantity.of(1),
                PriceQuote.fromCatalog(tee, Money.of("4.00", "EUR"))));

        // The cached copy has no tee: it would refuse the removal without writing anything, so no conflict
        // would ever evict it. Validated, it is dropped and the cart loaded from the store.
        http.delete().uri("/carts/{cartId}/items/{sku}", cartId, tee.value()).attributes(shop.asOwnerOf(cartId))
                .exchange().expectStatus().isAccepted();

        assertThat(seen).containsExactly("removed", "created");
        assertThat(lookups("stale")).isGreaterThanOrEqualTo(stale + 1);
        assertThat(events.typesOf(cartId)).endsWith(ItemAddedToCart.class, ItemAddedToCart.class,
                ItemRemovedFromCart.class);
    }

    @Test
    void anErasedCustomerIsNoLongerHeldDecryptedInTheCache() {
        Consumer<Map<String, Object>> customer = TestUsers.as("cached-" + UUID.randomUUID().toString().substring(0, 8));
        UUID customerId = UUID.fromString(http.get().uri("/customers/me").attributes(customer).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("customerId").asText());
        // The customer's aggregate, with the name and email opened, is cached by the command that registered it.
        assertThat(cache.containsKey(customerId.toString())).isTrue();

        http.delete().uri("/customers/{id}/personal-data", customerId).attributes(TestUsers.as("support")).exchange()
                .expectStatus().isOk();

        assertThat(cache.containsKey(customerId.toString())).isFalse();
    }

    /** What the aggregate cache does with this cart's entry from now on. */
    private List<String> watch(UUID cartId) {
        String key = cartId.toString();
        List<String> seen = new CopyOnWriteArrayList<>();
        listening.add(cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryRead(Object entry, Object value) {
                record(entry, "read");
            }

            @Override
            public void onEntryUpdated(Object entry, Object value) {
                record(entry, "updated");
            }

            @Override
            public void onEntryCreated(Object entry, Object value) {
                record(entry, "created");
            }

            @Override
            public void onEntryRemoved(Object entry) {
                record(entry, "removed");
            }

            @Override
            public void onEntryExpired(Object entry) {
                record(entry, "expired");
            }

            private void record(Object entry, String what) {
                if (key.equals(entry)) {
                    seen.add(what);
                }
            }
        }));
        return seen;
    }

    private double lookups(String outcome) {
        return meters.get(ValidatedAggregateCache.LOOKUPS).tag("outcome", outcome).functionCounter().count();
    }

    /** The carts' write side of a second app instance on this one's database. */
    private CommandGateway otherInstance() {
        otherStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        EventSourcingRepository<Cart> carts = EventSourcingRepository.builder(Cart.class)
                .eventStore(otherStore)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .cache(new ValidatedAggregateCache(new AggregateCacheProperties(100, null),
                        otherStore::lastSequenceNumberFor))
                .build();
        SimpleCommandBus bus = SimpleCommandBus.builder().transactionManager(transactions).build();
        AggregateAnnotationCommandHandler.<Cart>builder()
                .aggregateType(Cart.class)
                .repository(carts)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .build()
                .subscribe(bus);
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }
}
