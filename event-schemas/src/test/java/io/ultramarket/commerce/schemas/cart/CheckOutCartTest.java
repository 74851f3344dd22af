package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
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

    private static void assertCheckoutDetailsRequired(ThrowingCallable building, String missing) {
        assertRefused(building, "checkout-details-required", "Checkout details required",
                "To check out cart " + CART + ", give " + missing + ".");
    }

    @Test
    void aCheckoutNeedsEverythingTheOrderNeeds() {
        assertCheckoutDetailsRequired(() -> new CheckOutCart(CART, null, ADDRESS, "standard", CARD, List.of()),
                "the id of the order to create");
        assertCheckoutDetailsRequired(() -> new CheckOutCart(CART, ORDER, null, "standard", CARD, List.of()),
                "a shipping address");
        assertCheckoutDetailsRequired(() -> new CheckOutCart(CART, ORDER, ADDRESS, " ", CARD, List.of()),
                "a shipping option");
        assertCheckoutDetailsRequired(() -> new CheckOutCart(CART, ORDER, ADDRESS, null, CARD, List.of()),
                "a shipping option");
        assertCheckoutDetailsRequired(() -> new CheckOutCart(CART, ORDER, ADDRESS, "standard", null, List.of()),
                "a payment method");
    }

    @Test
    void aCompleteCheckoutIsBuilt() {
        assertThat(new CheckOutCart(CART, ORDER, ADDRESS, "standard", CARD, null).prices()).isEmpty();
    }
}
