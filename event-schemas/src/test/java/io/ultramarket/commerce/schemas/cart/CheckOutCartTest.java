package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.CommandRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** A checkout carries everything the order it becomes needs, or it is refused as it is built. */
class CheckOutCartTest {

    private static final UUID CART = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final Address ADDRESS = new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");
    private static final ShippingQuote SHIPPING = new ShippingQuote("parcelpost:standard", Money.of("4.90", "EUR"),
            Destination.of("DE"), 1, null);

    private static void assertCheckoutDetailsRequired(ThrowingCallable building, String missing) {
        assertRefused(building, "checkout-details-required", "Checkout details required",
                "To check out cart " + CART + ", give " + missing + ".");
    }

    @Test
    void aCheckoutNeedsEverythingTheOrderNeeds() {
        assertCheckoutDetailsRequired(() -> new CheckOutCart(CART, null, ADDRESS, SHIPPING, CARD, List.of(), List.of()),
                "the id of the order to create");
        assertCheckoutDetailsRequired(() -> new CheckOutCart(CART, ORDER, null, SHIPPING, CARD, List.of(), List.of()),
                "a shipping address");
        assertCheckoutDetailsRequired(() -> new CheckOutCart(CART, ORDER, ADDRESS, null, CARD, List.of(), List.of()),
                "a shipping quote");
        assertCheckoutDetailsRequired(() -> new CheckOutCart(CART, ORDER, ADDRESS, SHIPPING, null, List.of(), List.of()),
                "a payment method");
    }

    @Test
    void aCompleteCheckoutIsBuilt() {
        CheckOutCart checkout = new CheckOutCart(CART, ORDER, ADDRESS, SHIPPING, CARD, null, null);
        assertThat(checkout.prices()).isEmpty();
        assertThat(checkout.taxRates()).as("no tax where the shop charges none").isEmpty();
    }
}
