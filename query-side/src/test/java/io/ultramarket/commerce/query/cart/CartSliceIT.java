package io.ultramarket.commerce.query.cart;

import io.ultramarket.commerce.projections.cart.CartViewSchema;
import io.ultramarket.commerce.query.columns.LineItem;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CartItemQuantityChanged;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.ItemRemovedFromCart;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The cart read model, from the cart's events to what {@link Carts} reads. */
@ExtendWith(ReadModelSlices.class)
class CartSliceIT {

    private static final Sku MUG = Sku.of("MUG-BLUE");
    private static final Sku TEA = Sku.of("TEA-GREEN");
    private static final Money MUG_PRICE = Money.of("9.90", "EUR");

    private final UUID cartId = UUID.randomUUID();
    private final UUID customerId = UUID.randomUUID();

    @Test
    void anOpenCartShowsItsLinesAsTheShopperChangedThem(ReadModelDatabase database) {
        ReadModelSlice carts = database.slice(CartViewSchema.class, Carts.class)
                .apply(cartId, new CartCreated(cartId, customerId, false, Currency.getInstance("EUR")),
                        added(MUG, 2, 2, MUG_PRICE),
                        added(TEA, 1, 1, Money.of("4.50", "EUR")),
                        new CartItemQuantityChanged(cartId, MUG, Quantity.of(3)),
                        new ItemRemovedFromCart(cartId, TEA));

        assertThat(carts.reader(Carts.class).byId(cartId).block()).isEqualTo(new CartView(cartId, customerId,
                CartStatus.OPEN, null, List.of(new LineItem(MUG, Quantity.of(3), MUG_PRICE, Money.of("29.70", "EUR"))),
                Money.of("29.70", "EUR"), 3, 4, at(0), at(4)));
    }

    /** An empty cart has no currency yet, so it has no total to show either. */
    @Test
    void aNewCartIsEmptyAndHasNoTotal(ReadModelDatabase database) {
        ReadModelSlice carts = database.slice(CartViewSchema.class, Carts.class)
                .apply(cartId, new CartCreated(cartId, customerId, false, Currency.getInstance("EUR")));

        CartView cart = carts.reader(Carts.class).byId(cartId).block();
        assertThat(cart.lines()).isEmpty();
        assertThat(cart.total()).isNull();
        assertThat(cart.itemCount()).isZero();
        assertThat(carts.reader(Carts.class).byId(UUID.randomUUID()).blockOptional()).isEmpty();
    }

    @Test
    void aCheckedOutCartShowsTheCheckoutsLinesAndItsOrderAndIgnoresAnEventAppliedAgain(ReadModelDatabase database) {
        UUID orderId = UUID.randomUUID();
        List<OrderLine> finalLines = List.of(new OrderLine(MUG, Quantity.of(2), Money.of("8.90", "EUR")));
        ReadModelSlice carts = database.slice(CartViewSchema.class, Carts.class)
                .apply(cartId, new CartCreated(cartId, customerId, false, Currency.getInstance("EUR")),
                        added(MUG, 2, 2, MUG_PRICE),
                        new CartCheckedOut(cartId, orderId, customerId, finalLines, Money.of("17.80", "EUR"),
                                new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE"), "standard",
                                new PaymentMethod("card", "pm_card_visa"),
                                List.of(new PriceQuote(MUG, Money.of("8.90", "EUR"), PriceQuote.CATALOG)), null))
                // A late repeat of the item added before the checkout (a retried dead letter) changes nothing.
                .applyAgain(cartId, 1, added(MUG, 5, 5, MUG_PRICE));

        assertThat(carts.reader(Carts.class).byId(cartId).block()).isEqualTo(new CartView(cartId, customerId,
                CartStatus.CHECKED_OUT, orderId, List.of(new LineItem(MUG, Quantity.of(2), Money.of("8.90", "EUR"),
                Money.of("17.80", "EUR"))), Money.of("17.80", "EUR"), 2, 2, at(0), at(2)));
    }

    private ItemAddedToCart added(Sku sku, int quantity, int lineQuantity, Money unitPrice) {
        return new ItemAddedToCart(cartId, sku, Quantity.of(quantity), Quantity.of(lineQuantity), unitPrice, PriceQuote.CATALOG);
    }
}
