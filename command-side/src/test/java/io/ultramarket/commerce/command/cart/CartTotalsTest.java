package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CartDestinationSelected;
import io.ultramarket.commerce.schemas.cart.CheckOutCart;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.SetCartDestination;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.Discount;
import io.ultramarket.commerce.schemas.promotion.LineDiscount;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.SkuTaxRate;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxExemption;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The cart computes its checkout's totals from the quote and rates it is given, once it has checked they fit it. */
class CartTotalsTest {

    private static final UUID CART = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final Sku MUG = Sku.of("MUG-1");
    private static final Address BERLIN = new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE");
    private static final Address NEW_YORK_CITY = new Address("Grace Hopper", "5th Ave 1", null, "10001", "New York", "US");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");
    private static final Destination DE = Destination.of("DE");
    private static final Destination NY = new Destination("US", "NY");
    private static final TaxRate DE_VAT = new TaxRate("DE", TaxCategory.STANDARD, new BigDecimal("19"), true);
    private static final TaxRate NY_SALES_TAX = new TaxRate("US-NY", TaxCategory.STANDARD, new BigDecimal("8.875"), false);

    private FixtureConfiguration<Cart> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cart.class);
        fixture.registerInjectableResource(CartLimits.defaults());
    }

    /** Opened without a currency (as before carts had one), so each example's first line sets it. */
    private static CartCreated created() {
        return new CartCreated(CART, CUSTOMER, false, null);
    }

    private static ItemAddedToCart threeMugs(String unitPrice, String currency) {
        return new ItemAddedToCart(CART, MUG, Quantity.of(3), Quantity.of(3), Money.of(unitPrice, currency), PriceQuote.CATALOG);
    }

    private static CheckOutCart checkOut(Address address, ShippingQuote shipping, Money unitPrice, TaxRate rate) {
        return new CheckOutCart(CART, ORDER, address, shipping, CARD, List.of(PriceQuote.fromCatalog(MUG, unitPrice)),
                List.of(new SkuTaxRate(MUG, rate)));
    }

    private static ShippingQuote express(Destination destination, int units, String fee, String currency, TaxRate rate) {
        return new ShippingQuote("parcelpost:express", Money.of(fee, currency), destination, units, rate);
    }

    @Test
    @DisplayName("19% VAT included, 3 × 9.99 EUR, express to DE: the order costs 29.97 + 9.90 = 39.87 with 6.37 VAT inside")
    void vatIncludedWithExpressShipping() {
        Money price = Money.of("9.99", "EUR");
        ShippingQuote shipping = express(DE, 3, "9.90", "EUR", DE_VAT);
        List<OrderLine> lines = List.of(new OrderLine(MUG, Quantity.of(3), price));

        fixture.given(created(), threeMugs("9.99", "EUR"))
                .when(checkOut(BERLIN, shipping, price, DE_VAT))
                .expectEvents(new CartCheckedOut(CART, ORDER, CUSTOMER, lines, Money.of("39.87", "EUR"), BERLIN,
                        "parcelpost:express", CARD, List.of(PriceQuote.fromCatalog(MUG, price)),
                        Totals.of(lines, Map.of(MUG, DE_VAT), shipping)));
    }

    @Test
    @DisplayName("A tax-exempt business, 3 × 9.99 EUR with 19% VAT inside, express to DE: charged net, 25.18 + 8.32 = 33.50")
    void aTaxExemptCustomerIsChargedNetOfTheVatInsideThePrices() {
        Money price = Money.of("9.99", "EUR");
        ShippingQuote shipping = express(DE, 3, "9.90", "EUR", DE_VAT);
        List<OrderLine> lines = List.of(new OrderLine(MUG, Quantity.of(3), price));
        TaxExemption exempt = TaxExemption.ofCustomer();

        fixture.given(created(), threeMugs("9.99", "EUR"))
                .when(new CheckOutCart(CART, ORDER, BERLIN, shipping, CARD, List.of(PriceQuote.fromCatalog(MUG, price)),
                        List.of(new SkuTaxRate(MUG, DE_VAT)), List.of(), exempt))
                .expectEvents(new CartCheckedOut(CART, ORDER, CUSTOMER, lines, Money.of("33.50", "EUR"), BERLIN,
                        "parcelpost:express", CARD, List.of(PriceQuote.fromCatalog(MUG, price)),
                        Totals.of(lines, Map.of(MUG, DE_VAT), shipping, List.of(), exempt)));
    }

    @Test
    @DisplayName("A cart sent to US-NY first: 3 × 9.99 USD + 12.00 express, 8.875% added: 29.97 + 2.66 + 12.00 + 1.07 = 45.70")
    void salesTaxAddedForTheDestinationSetBeforeCheckout() {
        Money price = Money.of("9.99", "USD");
        ShippingQuote shipping = express(NY, 3, "12.00", "USD", NY_SALES_TAX);

        List<OrderLine> lines = List.of(new OrderLine(MUG, Quantity.of(3), price));

        fixture.given(created(), threeMugs("9.99", "USD"), new CartDestinationSelected(CART, NY))
                .when(checkOut(NEW_YORK_CITY, shipping, price, NY_SALES_TAX))
                .expectEvents(new CartCheckedOut(CART, ORDER, CUSTOMER, lines, Money.of("45.70", "USD"), NEW_YORK_CITY,
                        "parcelpost:express", CARD, List.of(PriceQuote.fromCatalog(MUG, price)),
                        Totals.of(lines, Map.of(MUG, NY_SALES_TAX), shipping)));
    }

    @Test
    @DisplayName("An address in FR for a cart priced for DE is refused on shippingAddress.country")
    void anAddressOutsideTheDestinationIsRefused() {
        Address paris = new Address("Ada Lovelace", "Rue 1", null, "75001", "Paris", "FR");
        fixture.given(created(), threeMugs("9.99", "EUR"), new CartDestinationSelected(CART, DE))
                .when(checkOut(paris, express(DE, 3, "9.90", "EUR", DE_VAT), Money.of("9.99", "EUR"), DE_VAT))
                .expectNoEvents()
                .expectException(StaleCheckoutQuote.class)
                .expectExceptionMessage(containsString("the cart is priced for shipping to DE,"
                        + " the address is in FR; set the cart's destination to FR first"));
    }

    @Test
    @DisplayName("A shipping quote for 2 units is refused for a cart of 3")
    void aQuoteForAnotherParcelIsRefused() {
        fixture.given(created(), threeMugs("9.99", "EUR"))
                .when(checkOut(BERLIN, express(DE, 2, "9.90", "EUR", DE_VAT), Money.of("9.99", "EUR"), DE_VAT))
                .expectNoEvents()
                .expectException(StaleCheckoutQuote.class)
                .expectExceptionMessage("Cart " + CART + " cannot be checked out as asked: the quote for parcelpost:express"
                        + " (2 unit(s) to DE in EUR) is not for this cart (3 unit(s) to DE in EUR); check out again");
    }

    @Test
    @DisplayName("A shipping quote of 12.30 EUR is stale for a cart of 3 × 10.50 USD to DE (ADR 0076)")
    void aQuoteInAnotherCurrencyIsRefused() {
        fixture.given(created(), threeMugs("10.50", "USD"))
                .when(checkOut(BERLIN, express(DE, 3, "12.30", "EUR", DE_VAT), Money.of("10.50", "USD"), DE_VAT))
                .expectNoEvents()
                .expectException(StaleCheckoutQuote.class)
                .expectExceptionMessage("Cart " + CART + " cannot be checked out as asked: the quote for parcelpost:express"
                        + " (3 unit(s) to DE in EUR) is not for this cart (3 unit(s) to DE in USD); check out again");
    }

    @Test
    @DisplayName("A shipping quote to AT is refused for a cart shipping to DE")
    void aQuoteForAnotherDestinationIsRefused() {
        fixture.given(created(), threeMugs("9.99", "EUR"))
                .when(checkOut(BERLIN, express(Destination.of("AT"), 3, "9.90", "EUR", null), Money.of("9.99", "EUR"), DE_VAT))
                .expectNoEvents()
                .expectException(StaleCheckoutQuote.class);
    }

    @Test
    @DisplayName("US-NY tax rates are refused for a cart shipping to DE")
    void taxRatesOfAnotherZoneAreRefused() {
        fixture.given(created(), threeMugs("9.99", "EUR"))
                .when(checkOut(BERLIN, express(DE, 3, "9.90", "EUR", DE_VAT), Money.of("9.99", "EUR"), NY_SALES_TAX))
                .expectNoEvents()
                .expectException(StaleCheckoutQuote.class);
    }

    @Test
    void aCartIsGivenADestinationOnceAndNotAgainAfterCheckout() {
        fixture.given(created())
                .when(new SetCartDestination(CART, NY))
                .expectEvents(new CartDestinationSelected(CART, NY));
        fixture.given(created(), new CartDestinationSelected(CART, NY))
                .when(new SetCartDestination(CART, NY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created(), threeMugs("9.99", "EUR"), new CartCheckedOut(CART, ORDER, CUSTOMER,
                        List.of(new OrderLine(MUG, Quantity.of(3), Money.of("9.99", "EUR"))), Money.of("29.97", "EUR"),
                        BERLIN, "parcelpost:standard", CARD, List.of(), null))
                .when(new SetCartDestination(CART, NY))
                .expectNoEvents()
                .expectException(CartAlreadyCheckedOut.class);
    }

    @Test
    @DisplayName("10% coupon, 3 × 9.99 EUR, express to DE: 29.97 − 3.00 + 9.90 = 36.87, the VAT on what is paid")
    void discountsComeOffBeforeTax() {
        Money price = Money.of("9.99", "EUR");
        ShippingQuote shipping = express(DE, 3, "9.90", "EUR", DE_VAT);
        List<OrderLine> lines = List.of(new OrderLine(MUG, Quantity.of(3), price));
        List<Discount> tenPercent = List.of(tenPercentOff("3.00", MUG));

        fixture.given(created(), threeMugs("9.99", "EUR"))
                .when(checkOut(BERLIN, shipping, price, DE_VAT, tenPercent))
                .expectEvents(new CartCheckedOut(CART, ORDER, CUSTOMER, lines, Money.of("36.87", "EUR"), BERLIN,
                        "parcelpost:express", CARD, List.of(PriceQuote.fromCatalog(MUG, price)),
                        Totals.of(lines, Map.of(MUG, DE_VAT), shipping, tenPercent)));
    }

    @Test
    @DisplayName("A discount worked out for a SKU the cart no longer holds is refused on couponCodes")
    void discountsForAnotherBasketAreRefused() {
        Money price = Money.of("9.99", "EUR");
        fixture.given(created(), threeMugs("9.99", "EUR"))
                .when(checkOut(BERLIN, express(DE, 3, "9.90", "EUR", DE_VAT), price, DE_VAT,
                        List.of(tenPercentOff("1.00", Sku.of("TEE-1")))))
                .expectNoEvents()
                .expectException(StaleCheckoutQuote.class)
                .expectExceptionMessage(containsString("takes 1.00 EUR off TEE-1, not in the cart; check out again"));
    }

    @Test
    @DisplayName("A discount of 30.00 EUR off a line of 29.97 EUR is refused on couponCodes")
    void discountsBeyondTheLineAreRefused() {
        Money price = Money.of("9.99", "EUR");
        fixture.given(created(), threeMugs("9.99", "EUR"))
                .when(checkOut(BERLIN, express(DE, 3, "9.90", "EUR", DE_VAT), price, DE_VAT,
                        List.of(tenPercentOff("30.00", MUG))))
                .expectNoEvents()
                .expectException(StaleCheckoutQuote.class)
                .expectExceptionMessage(containsString("takes more off MUG-1 than is left of the line; check out again"));
    }

    private static Discount tenPercentOff(String amount, Sku sku) {
        return new Discount(new CouponCode("SAVE10").promotionId(), new CouponCode("SAVE10"), "10 % off",
                Money.of(amount, "EUR"), Money.of("0.00", "EUR"), List.of(new LineDiscount(sku, Money.of(amount, "EUR"))));
    }

    private static CheckOutCart checkOut(Address address, ShippingQuote shipping, Money unitPrice, TaxRate rate,
                                         List<Discount> discounts) {
        return new CheckOutCart(CART, ORDER, address, shipping, CARD, List.of(PriceQuote.fromCatalog(MUG, unitPrice)),
                List.of(new SkuTaxRate(MUG, rate)), discounts);
    }
}
