package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.command.cart.Cart;
import io.ultramarket.commerce.schemas.cart.AddItemToCart;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CreateCart;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.ItemRemovedFromCart;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Currency;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store itself refuses a second writer of the same aggregate version, whatever the isolation level:
 * the unique (aggregate_identifier, sequence_number) constraint turns a lost update into an error.
 */
@ApiIntegrationTest
class OptimisticConcurrencyIT {

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    WebTestClient http;
    @Autowired
    Configuration axon;
    @Autowired
    TransactionManager transactions;
    @Autowired
    @Qualifier("aggregateCache")
    Cache aggregates;

    @Test
    void twoWritersOfTheSameAggregateVersionCannotBothCommit() {
        UUID cartId = UUID.randomUUID();
        eventStore.publish(event(cartId, 0, new CartCreated(cartId, UUID.randomUUID(), false, Currency.getInstance("EUR"))));
        eventStore.publish(event(cartId, 1, new ItemRemovedFromCart(cartId, Sku.of("A"))));

        assertThatThrownBy(() -> eventStore.publish(event(cartId, 1, new ItemRemovedFromCart(cartId, Sku.of("B")))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventStore.readEvents(cartId.toString()).asStream().count()).isEqualTo(2);
    }

    /**
     * Another instance writes the cart after this instance's aggregate cache found it current and before this
     * instance commits: the write is refused, nothing of it is stored, the cached cart is evicted, and the retry
     * is decided on the stored cart and succeeds.
     */
    @Test
    void aWriteThatLostTheRaceAfterItsCartWasCheckedIsRefusedAndTheRetrySucceeds() {
        UUID cartId = UUID.randomUUID();
        commands.sendAndWait(new CreateCart(cartId, UUID.randomUUID(), Currency.getInstance("EUR")));
        commands.sendAndWait(new AddItemToCart(cartId, Sku.of("A"), Quantity.of(1),
                PriceQuote.fromCatalog(Sku.of("A"), Money.of("1.00", "EUR"))));

        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        Aggregate<Cart> cart = axon.repository(Cart.class).load(cartId.toString());
        // On a thread of its own, like another instance: its own transaction, committed at once.
        CompletableFuture.runAsync(() -> eventStore.publish(event(cartId, 2, new ItemAddedToCart(cartId, Sku.of("B"),
                Quantity.of(1), Quantity.of(1), Money.of("1.00", "EUR"), PriceQuote.CATALOG)))).join();
        cart.execute(stale -> AggregateLifecycle.apply(new ItemAddedToCart(cartId, Sku.of("C"), Quantity.of(1),
                Quantity.of(1), Money.of("1.00", "EUR"), PriceQuote.CATALOG)));

        assertThatThrownBy(unitOfWork::commit).isInstanceOf(ConcurrencyException.class);
        assertThat(aggregates.containsKey(cartId.toString())).isFalse();
        commands.sendAndWait(new AddItemToCart(cartId, Sku.of("C"), Quantity.of(1),
                PriceQuote.fromCatalog(Sku.of("C"), Money.of("1.00", "EUR"))));

        assertThat(eventStore.readEvents(cartId.toString()).asStream()
                .map(stored -> stored.getPayload() instanceof ItemAddedToCart added ? added.sku().value() : "created"))
                .containsExactly("created", "A", "B", "C");
    }

    /**
     * Two instances taking turns with one cart, through the API: the request is decided on the stored cart (the
     * cached copy is older than the store, ADR 0077) and accepted, instead of answering the client a 409 for a
     * copy it never saw.
     */
    @Test
    void aRequestDecidedOnAStaleCacheIsTriedAgainOnTheStoredCart() {
        Shop shop = new Shop(http);
        String first = Checkouts.newSku("RACE");
        String last = Checkouts.newSku("RACE");
        UUID cartId = shop.createCart();
        shop.addItem(cartId, first, 1, "1.00").expectStatus().isAccepted();
        long next = eventStore.lastSequenceNumberFor(cartId.toString()).orElseThrow() + 1;
        eventStore.publish(event(cartId, next, new ItemAddedToCart(cartId, Sku.of("ELSEWHERE"), Quantity.of(1), Quantity.of(1),
                Money.of("1.00", "EUR"), PriceQuote.CATALOG)));

        shop.addItem(cartId, last, 1, "1.00").expectStatus().isAccepted();

        assertThat(eventStore.readEvents(cartId.toString()).asStream()
                .map(stored -> stored.getPayload() instanceof ItemAddedToCart added ? added.sku().value() : "created"))
                .containsExactly("created", first, "ELSEWHERE", last);
    }

    private static GenericDomainEventMessage<?> event(UUID cartId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Cart", cartId.toString(), sequence, payload);
    }
}
