package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.schemas.cart.AddItemToCart;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CartItemQuantityChanged;
import io.ultramarket.commerce.schemas.cart.ChangeCartItemQuantity;
import io.ultramarket.commerce.schemas.cart.CheckOutCart;
import io.ultramarket.commerce.schemas.cart.CreateCart;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.ItemRemovedFromCart;
import io.ultramarket.commerce.schemas.cart.RemoveItemFromCart;
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
import java.util.stream.Stream;

class CartTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final UUID CART = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final Sku MUG = Sku.of("MUG-1");
    private static final Sku TEE = Sku.of("TEE-M");
    private static final Sku CAP = Sku.of("CAP-9");
    private static final Address ADDRESS = new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");
    private static final List<PriceQuote> MUG_PRICE = List.of(new PriceQuote(MUG, Money.of("10.00", "EUR"), PriceQuote.CATALOG));

    // Small limits so that tests can reach them; the defaults are covered by CartLimitsTest and one test here.
    private static final CartLimits LIMITS = new CartLimits(3, 2);

    private FixtureConfiguration<Cart> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cart.class);
        fixture.registerInjectableResource(LIMITS);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Quantity qty(int value) {
        return Quantity.of(value);
    }

    private static CartCreated created() {
        return new CartCreated(CART, CUSTOMER, false, EUR);
    }

    private static ItemAddedToCart added(Sku sku, int quantity, String unitPrice) {
        return new ItemAddedToCart(CART, sku, qty(quantity), qty(quantity), eur(unitPrice), PriceQuote.CATALOG);
    }

    private static PriceQuote quote(Sku sku, Money unitPrice) {
        return new PriceQuote(sku, unitPrice, PriceQuote.CATALOG);
    }

    /**
     * A checkout of a cart of {@code units} with the shop's current prices (a mug at 10.00 and a tee at 20.00 unless a
     * test says otherwise), shipped for free to Germany, untaxed: the totals' own rules are CartTotalsTest's.
     */
    private static CheckOutCart checkOut(UUID orderId, int units) {
        return checkOut(orderId, units, quote(MUG, eur("10.00")), quote(TEE, eur("20.00")));
    }

    private static CheckOutCart checkOut(UUID orderId, int units, PriceQuote... prices) {
        return new CheckOutCart(CART, orderId, ADDRESS, freeShipping(units), CARD, List.of(prices), List.of());
    }

    private static ShippingQuote freeShipping(int units) {
        return new ShippingQuote("parcelpost:standard", eur("0.00"), Destination.of("DE"), units, null);
    }

    /** The checkout event of these lines, each quoted from the catalog at its line's price. */
    private static CartCheckedOut checkedOut(Money total, OrderLine... lines) {
        List<PriceQuote> prices = Stream.of(lines).map(line -> quote(line.sku(), line.unitPrice())).toList();
        int units = Stream.of(lines).mapToInt(line -> line.quantity().value()).sum();
        return new CartCheckedOut(CART, ORDER, CUSTOMER, List.of(lines), total, ADDRESS, "parcelpost:standard", CARD,
                prices, Totals.of(List.of(lines), Map.of(), freeShipping(units)));
    }

    private static CartCheckedOut checkedOut() {
        return checkedOut(eur("10.00"), new OrderLine(MUG, qty(1), eur("10.00")));
    }

    @Test
    void aCustomerOpensAnEmptyCart() {
        fixture.givenNoPriorActivity()
                .when(new CreateCart(CART, CUSTOMER, EUR))
                .expectEvents(created());
    }

    @Test
    void aCartOpenedInJpyRefusesAMugPricedOnlyInEur() {
        fixture.given(new CartCreated(CART, CUSTOMER, false, JPY))
                .when(new AddItemToCart(CART, MUG, qty(1), quote(MUG, eur("10.00"))))
                .expectNoEvents()
                .expectException(CartCurrencyMismatch.class)
                .expectExceptionMessage("Cannot add MUG-1 priced in EUR to cart " + CART
                        + ", which is priced in JPY; all items of a cart share one currency.");
    }

    @Test
    void aCartOpenedInJpyTakesAMugAt1200Yen() {
        fixture.given(new CartCreated(CART, CUSTOMER, false, JPY))
                .when(new AddItemToCart(CART, MUG, qty(1), quote(MUG, Money.of("1200", "JPY"))))
                .expectEvents(new ItemAddedToCart(CART, MUG, qty(1), qty(1), Money.of("1200", "JPY"), PriceQuote.CATALOG));
    }

    @Test
    void aCartOpenedBeforeCartsHadACurrencyIsInItsFirstLinesCurrency() {
        fixture.given(new CartCreated(CART, CUSTOMER, false, null),
                        new ItemAddedToCart(CART, MUG, qty(1), qty(1), Money.of("11.00", "USD"), PriceQuote.CATALOG),
                        new ItemRemovedFromCart(CART, MUG))
                .when(new AddItemToCart(CART, TEE, qty(1), quote(TEE, eur("20.00"))))
                .expectNoEvents()
                .expectException(CartCurrencyMismatch.class);
    }

    @Test
    void anEmptyCartOpenedBeforeCartsHadACurrencyTakesItsFirstLineInAnyCurrency() {
        fixture.given(new CartCreated(CART, CUSTOMER, false, null))
                .when(new AddItemToCart(CART, TEE, qty(1), quote(TEE, Money.of("21.00", "USD"))))
                .expectEvents(new ItemAddedToCart(CART, TEE, qty(1), qty(1), Money.of("21.00", "USD"), PriceQuote.CATALOG));
    }

    @Test
    void checkoutPricesInAnotherCurrencyThanTheCartsAreRefused() {
        fixture.given(created(), added(MUG, 1, "10.00"))
                .when(checkOut(ORDER, 1, quote(MUG, Money.of("11.00", "USD"))))
                .expectNoEvents()
                .expectException(CartCurrencyMismatch.class);
    }

    @Test
    void addingAnItemOpensALineAtItsUnitPrice() {
        fixture.given(created())
                .when(new AddItemToCart(CART, MUG, qty(2), quote(MUG, eur("9.99"))))
                .expectEvents(new ItemAddedToCart(CART, MUG, qty(2), qty(2), eur("9.99"), PriceQuote.CATALOG));
    }

    @Test
    void addingASkuAlreadyInTheCartGrowsItsLineAtTheNewPrice() {
        fixture.given(created(), added(MUG, 1, "10.00"))
                .when(new AddItemToCart(CART, MUG, qty(2), quote(MUG, eur("12.00"))))
                .expectEvents(new ItemAddedToCart(CART, MUG, qty(2), qty(3), eur("12.00"), PriceQuote.CATALOG));
    }

    @Test
    void theOrderIsPricedAtCheckoutWhateverTheLinesCostWhenAdded() {
        fixture.given(created(), added(MUG, 1, "10.00"),
                        new ItemAddedToCart(CART, MUG, qty(1), qty(2), eur("12.00"), PriceQuote.CATALOG))
                .when(checkOut(ORDER, 2, quote(MUG, eur("11.50"))))
                .expectEvents(checkedOut(eur("23.00"), new OrderLine(MUG, qty(2), eur("11.50"))));
    }

    @Test
    void aLineTheShopNoLongerPricesCannotBeCheckedOut() {
        fixture.given(created(), added(MUG, 1, "10.00"), added(CAP, 1, "5.00"))
                .when(checkOut(ORDER, 2, quote(MUG, eur("10.00"))))
                .expectNoEvents()
                .expectException(CartLineNotForSale.class)
                .expectExceptionMessage("Cart " + CART + " holds CAP-9, which is no longer for sale; remove it to check out.");
    }

    @Test
    void checkoutPricesInTwoCurrenciesAreRefused() {
        fixture.given(created(), added(MUG, 1, "10.00"), added(TEE, 1, "20.00"))
                .when(checkOut(ORDER, 2, quote(MUG, eur("10.00")), quote(TEE, Money.of("21.00", "USD"))))
                .expectNoEvents()
                .expectException(CartCurrencyMismatch.class);
    }

    @Test
    void itemsPricedInAnotherCurrencyCannotJoinTheCart() {
        fixture.given(created(), added(MUG, 1, "10.00"))
                .when(new AddItemToCart(CART, TEE, qty(1), quote(TEE, Money.of("15.00", "USD"))))
                .expectNoEvents()
                .expectException(CartCurrencyMismatch.class)
                .expectExceptionMessage("Cannot add TEE-M priced in USD to cart " + CART
                        + ", which is priced in EUR; all items of a cart share one currency.");
    }

    @Test
    void aLineCannotGrowBeyondTheQuantityLimit() {
        fixture.given(created(), added(MUG, 2, "10.00"))
                .when(new AddItemToCart(CART, MUG, qty(2), quote(MUG, eur("10.00"))))
                .expectNoEvents()
                .expectException(CartQuantityLimitExceeded.class)
                .expectExceptionMessage("Cart " + CART + " cannot hold 4 units of MUG-1: at most 3 units per item are allowed.");
    }

    @Test
    void aLineMayReachTheQuantityLimitExactly() {
        fixture.given(created(), added(MUG, 2, "10.00"))
                .when(new AddItemToCart(CART, MUG, qty(1), quote(MUG, eur("10.00"))))
                .expectEvents(new ItemAddedToCart(CART, MUG, qty(1), qty(3), eur("10.00"), PriceQuote.CATALOG));
    }

    @Test
    void theDefaultLimitAllowsNinetyNineUnitsPerLine() {
        FixtureConfiguration<Cart> defaults = new AggregateTestFixture<>(Cart.class);
        defaults.registerInjectableResource(CartLimits.defaults());
        defaults.given(created(), added(MUG, 99, "10.00"))
                .when(new AddItemToCart(CART, MUG, qty(1), quote(MUG, eur("10.00"))))
                .expectNoEvents()
                .expectException(CartQuantityLimitExceeded.class);
    }

    @Test
    void aCartCannotHoldMoreLinesThanTheLimit() {
        fixture.given(created(), added(MUG, 1, "10.00"), added(TEE, 1, "20.00"))
                .when(new AddItemToCart(CART, CAP, qty(1), quote(CAP, eur("5.00"))))
                .expectNoEvents()
                .expectException(CartLineLimitReached.class)
                .expectExceptionMessage("Cannot add CAP-9 to cart " + CART
                        + ": a cart holds at most 2 different items; remove an item first or check out this cart.");
    }

    @Test
    void aFullCartStillAcceptsMoreOfAnItemItHolds() {
        fixture.given(created(), added(MUG, 1, "10.00"), added(TEE, 1, "20.00"))
                .when(new AddItemToCart(CART, TEE, qty(1), quote(TEE, eur("20.00"))))
                .expectEvents(new ItemAddedToCart(CART, TEE, qty(1), qty(2), eur("20.00"), PriceQuote.CATALOG));
    }

    @Test
    void changingTheQuantitySetsTheLine() {
        fixture.given(created(), added(MUG, 1, "10.00"))
                .when(new ChangeCartItemQuantity(CART, MUG, qty(3)))
                .expectEvents(new CartItemQuantityChanged(CART, MUG, qty(3)));
    }

    @Test
    void settingTheQuantityALineAlreadyHasChangesNothing() {
        fixture.given(created(), added(MUG, 2, "10.00"))
                .when(new ChangeCartItemQuantity(CART, MUG, qty(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aChangedQuantityMustStayWithinTheLimit() {
        fixture.given(created(), added(MUG, 1, "10.00"))
                .when(new ChangeCartItemQuantity(CART, MUG, qty(4)))
                .expectNoEvents()
                .expectException(CartQuantityLimitExceeded.class);
    }

    @Test
    void theQuantityOfAnItemNotInTheCartCannotBeChanged() {
        fixture.given(created(), added(MUG, 1, "10.00"))
                .when(new ChangeCartItemQuantity(CART, TEE, qty(2)))
                .expectNoEvents()
                .expectException(CartItemNotFound.class)
                .expectExceptionMessage("Cart " + CART + " contains no TEE-M; add the item before changing or removing it.");
    }

    @Test
    void removingAnItemTakesOutItsLine() {
        fixture.given(created(), added(MUG, 1, "10.00"))
                .when(new RemoveItemFromCart(CART, MUG))
                .expectEvents(new ItemRemovedFromCart(CART, MUG));
    }

    @Test
    void anItemNotInTheCartCannotBeRemoved() {
        fixture.given(created(), added(MUG, 1, "10.00"), new ItemRemovedFromCart(CART, MUG))
                .when(new RemoveItemFromCart(CART, MUG))
                .expectNoEvents()
                .expectException(CartItemNotFound.class);
    }

    @Test
    void checkingOutTurnsTheLinesIntoAnOrder() {
        fixture.given(created(), added(MUG, 1, "10.00"))
                .when(checkOut(ORDER, 1))
                .expectEvents(checkedOut());
    }

    @Test
    void checkoutReflectsChangedAndRemovedLines() {
        fixture.given(created(), added(MUG, 1, "10.00"), added(TEE, 1, "20.00"),
                        new CartItemQuantityChanged(CART, MUG, qty(3)), new ItemRemovedFromCart(CART, TEE))
                .when(checkOut(ORDER, 3))
                .expectEvents(checkedOut(eur("30.00"), new OrderLine(MUG, qty(3), eur("10.00"))));
    }

    @Test
    void checkoutTotalsAllLines() {
        fixture.given(created(), added(MUG, 2, "10.00"), added(TEE, 1, "19.99"))
                .when(checkOut(ORDER, 3, quote(MUG, eur("10.00")), quote(TEE, eur("19.99"))))
                .expectEvents(checkedOut(eur("39.99"), new OrderLine(MUG, qty(2), eur("10.00")),
                        new OrderLine(TEE, qty(1), eur("19.99"))));
    }

    @Test
    void anEmptyCartCannotBeCheckedOut() {
        fixture.given(created())
                .when(checkOut(ORDER, 1))
                .expectNoEvents()
                .expectException(EmptyCartCannotBeCheckedOut.class)
                .expectExceptionMessage("Cart " + CART + " is empty; add at least one item before checking out.");
    }

    @Test
    void aCartEmptiedAgainCannotBeCheckedOut() {
        fixture.given(created(), added(MUG, 1, "10.00"), new ItemRemovedFromCart(CART, MUG))
                .when(checkOut(ORDER, 1))
                .expectNoEvents()
                .expectException(EmptyCartCannotBeCheckedOut.class);
    }

    @Test
    void itemsCannotBeAddedAfterCheckout() {
        fixture.given(created(), added(MUG, 1, "10.00"), checkedOut())
                .when(new AddItemToCart(CART, TEE, qty(1), quote(TEE, eur("20.00"))))
                .expectNoEvents()
                .expectException(CartAlreadyCheckedOut.class)
                .expectExceptionMessage("Cart " + CART + " was already checked out as order " + ORDER
                        + " and can no longer be changed; start a new cart for further purchases.");
    }

    @Test
    void quantitiesCannotBeChangedAfterCheckout() {
        fixture.given(created(), added(MUG, 1, "10.00"), checkedOut())
                .when(new ChangeCartItemQuantity(CART, MUG, qty(2)))
                .expectNoEvents()
                .expectException(CartAlreadyCheckedOut.class);
    }

    @Test
    void itemsCannotBeRemovedAfterCheckout() {
        fixture.given(created(), added(MUG, 1, "10.00"), checkedOut())
                .when(new RemoveItemFromCart(CART, MUG))
                .expectNoEvents()
                .expectException(CartAlreadyCheckedOut.class);
    }

    @Test
    void aRetriedCheckoutForTheSameOrderChangesNothing() {
        fixture.given(created(), added(MUG, 1, "10.00"), checkedOut())
                .when(checkOut(ORDER, 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCartChecksOutOnlyOnce() {
        fixture.given(created(), added(MUG, 1, "10.00"), checkedOut())
                .when(checkOut(UUID.fromString("00000000-0000-0000-0000-0000000000e2"), 1))
                .expectNoEvents()
                .expectException(CartAlreadyCheckedOut.class);
    }
}
