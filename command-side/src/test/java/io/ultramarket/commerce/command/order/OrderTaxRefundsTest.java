package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import io.ultramarket.commerce.schemas.order.ReturnOrder;
import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.Discount;
import io.ultramarket.commerce.schemas.promotion.LineDiscount;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxExemption;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order costs its checkout's total, and its returns give back each line's tax, and take back its share of the
 * discounts, by the units sent back (ADR 0065, 0072).
 */
class OrderTaxRefundsTest {

    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID CART = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID FIRST_RETURN = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID SECOND_RETURN = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final Sku MUG = Sku.of("MUG-1");
    private static final Address ADDRESS = new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");
    private static final TaxRate DE_VAT = new TaxRate("DE", TaxCategory.STANDARD, new BigDecimal("19"), true);
    private static final TaxRate NY_SALES_TAX = new TaxRate("US-NY", TaxCategory.STANDARD, new BigDecimal("8.875"), false);
    private static final UUID COUPON = new CouponCode("SAVE10").promotionId();
    private static final UUID FREE_SHIPPING = UUID.fromString("00000000-0000-0000-0000-0000000000f5");
    private static final ReturnedLine ONE_MUG = new ReturnedLine(MUG, Quantity.of(1));
    private static final ReturnedLine TWO_MUGS = new ReturnedLine(MUG, Quantity.of(2));

    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    private static Totals threeMugs(String currency, Destination destination, TaxRate rate) {
        return threeMugs(currency, destination, rate, List.of());
    }

    private static Totals threeMugs(String currency, Destination destination, TaxRate rate, List<Discount> discounts) {
        return Totals.of(List.of(new OrderLine(MUG, Quantity.of(3), Money.of("9.99", currency))), Map.of(MUG, rate),
                new ShippingQuote("parcelpost:express", Money.of("9.90", currency), destination, 3, rate), discounts);
    }

    private static OrderPlaced placed(Totals totals) {
        return new OrderPlaced(ORDER, CART, CUSTOMER, List.of(new OrderLine(MUG, Quantity.of(3), totals.lines().get(0).unitPrice())),
                totals.total(), ADDRESS, "parcelpost:express", CARD, totals);
    }

    private static Object[] delivered(Totals totals) {
        return new Object[]{placed(totals), new OrderConfirmed(ORDER), new OrderShipped(ORDER, "parcelpost", "PP1"),
                new OrderDelivered(ORDER)};
    }

    @Test
    @DisplayName("An order placed from a checkout costs its total, shipping and VAT included: 3 × 9.99 EUR + 9.90 = 39.87")
    void theOrderCostsTheCheckoutsTotal() {
        Totals totals = threeMugs("EUR", Destination.of("DE"), DE_VAT);

        fixture.givenNoPriorActivity()
                .when(new PlaceOrder(ORDER, CART, CUSTOMER, List.of(new OrderLine(MUG, Quantity.of(3), Money.of("9.99", "EUR"))),
                        ADDRESS, "parcelpost:express", CARD, totals))
                .expectEvents(new OrderPlaced(ORDER, CART, CUSTOMER,
                        List.of(new OrderLine(MUG, Quantity.of(3), Money.of("9.99", "EUR"))), Money.of("39.87", "EUR"),
                        ADDRESS, "parcelpost:express", CARD, totals));
    }

    @Test
    @DisplayName("19% VAT included, 3 × 9.99 EUR + 9.90 express: 1 back refunds 9.99 with 1.60 VAT; the last 2 refund 19.98 + 9.90 with the 3.19 + 1.58 VAT left")
    void vatComesBackByTheUnit() {
        Totals totals = threeMugs("EUR", Destination.of("DE"), DE_VAT);
        OrderReturned first = new OrderReturned(ORDER, FIRST_RETURN, List.of(ONE_MUG), Money.of("9.99", "EUR"), "chipped",
                false, Money.of("1.60", "EUR"));

        fixture.given(delivered(totals))
                .when(new ReturnOrder(ORDER, FIRST_RETURN, List.of(ONE_MUG), "chipped"))
                .expectEvents(first);
        // The line's 4.79 of VAT all comes back; with the last unit, the shipping fee too: 39.87 in all, as paid.
        fixture.given(delivered(totals)).andGiven(first)
                .when(new ReturnOrder(ORDER, SECOND_RETURN, List.of(TWO_MUGS), "chipped too"))
                .expectEvents(new OrderReturned(ORDER, SECOND_RETURN, List.of(TWO_MUGS), Money.of("29.88", "EUR"),
                        "chipped too", true, Money.of("4.77", "EUR")));
    }

    @Test
    @DisplayName("Tax-exempt in DE, 3 × 9.99 EUR charged 25.18 + 8.32 express = 33.50: 1 back refunds 9.99 − 1.60 = 8.39;"
            + " the last 2 refund 19.98 − 3.19 + 8.32 = 25.11, no tax: 33.50 in all, as paid")
    void aTaxExemptCustomerGetsBackWhatTheyPaidWithoutTheVatTheyNeverPaid() {
        Totals totals = Totals.of(List.of(new OrderLine(MUG, Quantity.of(3), Money.of("9.99", "EUR"))), Map.of(MUG, DE_VAT),
                new ShippingQuote("parcelpost:express", Money.of("9.90", "EUR"), Destination.of("DE"), 3, DE_VAT),
                List.of(), TaxExemption.ofCustomer());
        OrderReturned first = new OrderReturned(ORDER, FIRST_RETURN, List.of(ONE_MUG), Money.of("8.39", "EUR"), "chipped",
                false, Money.of("0.00", "EUR"));

        fixture.given(delivered(totals))
                .when(new ReturnOrder(ORDER, FIRST_RETURN, List.of(ONE_MUG), "chipped"))
                .expectEvents(first);
        fixture.given(delivered(totals)).andGiven(first)
                .when(new ReturnOrder(ORDER, SECOND_RETURN, List.of(TWO_MUGS), "chipped too"))
                .expectEvents(new OrderReturned(ORDER, SECOND_RETURN, List.of(TWO_MUGS), Money.of("25.11", "EUR"),
                        "chipped too", true, Money.of("0.00", "EUR")));
    }

    @Test
    @DisplayName("8.875% added in US-NY, 3 × 9.99 USD: 1 back refunds 9.99 + 0.89 tax")
    void salesTaxAddedIsRefundedOnTop() {
        Totals totals = threeMugs("USD", new Destination("US", "NY"), NY_SALES_TAX);

        fixture.given(delivered(totals))
                .when(new ReturnOrder(ORDER, FIRST_RETURN, List.of(ONE_MUG), "chipped"))
                .expectEvents(new OrderReturned(ORDER, FIRST_RETURN, List.of(ONE_MUG), Money.of("10.88", "USD"), "chipped",
                        false, Money.of("0.89", "USD")));
    }

    @Test
    @DisplayName("10% coupon on 3 × 9.99 EUR (3.00 off), 19% VAT on the 26.97 paid (4.31) + 9.90 express: 1 back refunds"
            + " 9.99 − 1.00 = 8.99 with 1.44 VAT; the last 2 refund 19.98 − 2.00 + 9.90 = 27.88 with 2.87 + 1.58 VAT")
    void aDiscountComesBackByTheUnitAndTheTaxIsOnTheDiscountedAmount() {
        Discount tenPercent = new Discount(COUPON, new CouponCode("SAVE10"), "10 % off", Money.of("3.00", "EUR"),
                Money.of("0.00", "EUR"), List.of(new LineDiscount(MUG, Money.of("3.00", "EUR"))));
        Totals totals = threeMugs("EUR", Destination.of("DE"), DE_VAT, List.of(tenPercent));
        assertThat(totals.total()).isEqualTo(Money.of("36.87", "EUR"));
        assertThat(totals.taxTotal()).isEqualTo(Money.of("5.89", "EUR"));
        OrderReturned first = new OrderReturned(ORDER, FIRST_RETURN, List.of(ONE_MUG), Money.of("8.99", "EUR"), "chipped",
                false, Money.of("1.44", "EUR"));

        fixture.given(delivered(totals))
                .when(new ReturnOrder(ORDER, FIRST_RETURN, List.of(ONE_MUG), "chipped"))
                .expectEvents(first);
        // 8.99 + 27.88 = 36.87 and 1.44 + 4.45 = 5.89: everything paid comes back, nothing more.
        fixture.given(delivered(totals)).andGiven(first)
                .when(new ReturnOrder(ORDER, SECOND_RETURN, List.of(TWO_MUGS), "chipped too"))
                .expectEvents(new OrderReturned(ORDER, SECOND_RETURN, List.of(TWO_MUGS), Money.of("27.88", "EUR"),
                        "chipped too", true, Money.of("4.45", "EUR")));
    }

    @Test
    @DisplayName("Free shipping on 3 × 9.99 EUR + 9.90 express: the order costs 29.97 with 4.79 VAT, and returning"
            + " everything refunds 29.97, no shipping fee that was never paid")
    void freeShippingIsNotRefundedBecauseItWasNotPaid() {
        Discount freeShipping = new Discount(FREE_SHIPPING, null, "free shipping", Money.of("9.90", "EUR"),
                Money.of("9.90", "EUR"), List.of());
        Totals totals = threeMugs("EUR", Destination.of("DE"), DE_VAT, List.of(freeShipping));
        ReturnedLine threeMugs = new ReturnedLine(MUG, Quantity.of(3));

        fixture.given(delivered(totals))
                .when(new ReturnOrder(ORDER, FIRST_RETURN, List.of(threeMugs), "not wanted"))
                .expectEvents(new OrderReturned(ORDER, FIRST_RETURN, List.of(threeMugs), Money.of("29.97", "EUR"),
                        "not wanted", true, Money.of("4.79", "EUR")));
    }
}
