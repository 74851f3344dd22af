package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.schemas.cart.AddItemToCart;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartClaimed;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CheckOutCart;
import io.ultramarket.commerce.schemas.cart.ClaimCart;
import io.ultramarket.commerce.schemas.cart.CreateCart;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A guest's cart: opened without an account, and taken over by the customer who signs in with its token. */
class GuestCartTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static final UUID CART = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    private static final UUID GUEST = UUID.fromString("5d1f3a9c-77e2-8b41-9c3d-2a6b0e4f8d17");
    private static final UUID OTHER_GUEST = UUID.fromString("0b7e2c41-9a3f-8d55-a1c2-6e9f4b3d2c08");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    private static final Sku MUG = Sku.of("MUG-1");
    private static final Money PRICE = Money.of("10.00", "EUR");
    private static final Address ADDRESS = new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");

    private FixtureConfiguration<Cart> fixture;

    private static final ShippingQuote FREE_SHIPPING = new ShippingQuote("parcelpost:standard",
            Money.zero(PRICE.currency()), Destination.of("DE"), 1, null);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cart.class);
        fixture.registerInjectableResource(CartLimits.defaults());
    }

    private static CartCreated guestCart() {
        return new CartCreated(CART, GUEST, true, EUR);
    }

    private static ItemAddedToCart mugAdded() {
        return new ItemAddedToCart(CART, MUG, Quantity.of(1), Quantity.of(1), PRICE, PriceQuote.CATALOG);
    }

    private static CheckOutCart checkOut() {
        return new CheckOutCart(CART, ORDER, ADDRESS, FREE_SHIPPING, CARD, List.of(PriceQuote.fromCatalog(MUG, PRICE)), List.of());
    }

    @Test
    void aGuestOpensACartUnderTheGuestIdOfItsToken() {
        fixture.givenNoPriorActivity()
                .when(CreateCart.forGuest(CART, GUEST, EUR))
                .expectEvents(guestCart());
    }

    @Test
    void theCustomerWhoPresentsTheTokenTakesTheCartOverWithItsLines() {
        fixture.given(guestCart(), mugAdded())
                .when(new ClaimCart(CART, CUSTOMER, GUEST))
                .expectEvents(new CartClaimed(CART, CUSTOMER, GUEST));
    }

    @Test
    void aClaimedCartIsCheckedOutForTheCustomer() {
        fixture.given(guestCart(), mugAdded(), new CartClaimed(CART, CUSTOMER, GUEST))
                .when(checkOut())
                .expectEvents(new CartCheckedOut(CART, ORDER, CUSTOMER, List.of(new OrderLine(MUG, Quantity.of(1), PRICE)),
                        PRICE, ADDRESS, "parcelpost:standard", CARD, List.of(PriceQuote.fromCatalog(MUG, PRICE)),
                        Totals.of(List.of(new OrderLine(MUG, Quantity.of(1), PRICE)), Map.of(), FREE_SHIPPING)));
    }

    @Test
    void claimingOnesOwnCartAgainChangesNothing() {
        fixture.given(guestCart(), new CartClaimed(CART, CUSTOMER, GUEST))
                .when(new ClaimCart(CART, CUSTOMER, GUEST))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherGuestsTokenClaimsNothing() {
        fixture.given(guestCart())
                .when(new ClaimCart(CART, CUSTOMER, OTHER_GUEST))
                .expectException(CartNotClaimable.class)
                .expectNoEvents();
    }

    @Test
    void aClaimedCartCannotBeClaimedAgainByAnotherCustomer() {
        fixture.given(guestCart(), new CartClaimed(CART, CUSTOMER, GUEST))
                .when(new ClaimCart(CART, UUID.randomUUID(), GUEST))
                .expectException(CartNotClaimable.class)
                .expectNoEvents();
    }

    @Test
    void aCustomersCartIsNotClaimable() {
        fixture.given(new CartCreated(CART, GUEST, false, EUR))
                .when(new ClaimCart(CART, CUSTOMER, GUEST))
                .expectException(CartNotClaimable.class);
    }

    @Test
    void aCheckedOutGuestCartStaysTheGuests() {
        fixture.given(guestCart(), mugAdded(),
                        new CartCheckedOut(CART, ORDER, GUEST, List.of(new OrderLine(MUG, Quantity.of(1), PRICE)), PRICE,
                                ADDRESS, "standard", CARD, List.of(PriceQuote.fromCatalog(MUG, PRICE)), null))
                .when(new ClaimCart(CART, CUSTOMER, GUEST))
                .expectException(CartNotClaimable.class)
                .expectNoEvents();
    }

    @Test
    void theGuestAddsItemsToTheirCart() {
        fixture.given(guestCart())
                .when(new AddItemToCart(CART, MUG, Quantity.of(1), PriceQuote.fromCatalog(MUG, PRICE)))
                .expectEvents(mugAdded());
    }
}
