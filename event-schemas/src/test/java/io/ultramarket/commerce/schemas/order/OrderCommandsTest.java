package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.CommandRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** The order commands refuse, as they are built, what no order could accept. */
class OrderCommandsTest {

    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID CART = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID RETURN = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final Address ADDRESS = new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");
    private static final List<OrderLine> TWO_MUGS =
            List.of(new OrderLine(Sku.of("MUG-1"), Quantity.of(2), Money.of("10.00", "EUR")));
    private static final List<ReturnedLine> ONE_MUG = List.of(new ReturnedLine(Sku.of("MUG-1"), Quantity.of(1)));

    private static void assertOrderDetailsRequired(ThrowingCallable building, String detail) {
        assertRefused(building, "order-details-required", "Order details required", detail);
    }

    @Test
    void aCompleteOrderIsPlacedAsGiven() {
        var command = new PlaceOrder(ORDER, CART, CUSTOMER, TWO_MUGS, ADDRESS, "standard", CARD, null);
        assertThat(command.lines()).isEqualTo(TWO_MUGS);
        assertThat(command.shippingOption()).isEqualTo("standard");
    }

    @Test
    void anOrderNeedsAtLeastOneLine() {
        assertRefused(() -> new PlaceOrder(ORDER, CART, CUSTOMER, List.of(), ADDRESS, "standard", CARD, null),
                "empty-order-cannot-be-placed", "Empty order cannot be placed",
                "Order " + ORDER + " has no lines; an order needs at least one item.");
        assertRefused(() -> new PlaceOrder(ORDER, CART, CUSTOMER, null, ADDRESS, "standard", CARD, null),
                "empty-order-cannot-be-placed", "Empty order cannot be placed",
                "Order " + ORDER + " has no lines; an order needs at least one item.");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void anOrderNeedsAShippingOption(String shippingOption) {
        assertOrderDetailsRequired(() -> new PlaceOrder(ORDER, CART, CUSTOMER, TWO_MUGS, ADDRESS, shippingOption, CARD, null),
                "To place order " + ORDER + ", give a shipping option.");
    }

    @Test
    void anOrderNeedsAShippingAddressAndAPaymentMethod() {
        assertOrderDetailsRequired(() -> new PlaceOrder(ORDER, CART, CUSTOMER, TWO_MUGS, null, "standard", CARD, null),
                "To place order " + ORDER + ", give a shipping address.");
        assertOrderDetailsRequired(() -> new PlaceOrder(ORDER, CART, CUSTOMER, TWO_MUGS, ADDRESS, "standard", null, null),
                "To place order " + ORDER + ", give a payment method.");
    }

    @Test
    void aReviewNeedsADecision() {
        assertOrderDetailsRequired(() -> new ReviewOrder(ORDER, null),
                "To review order " + ORDER + ", give a decision (approve or reject).");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void rejectingAndCancellingNeedAReason(String reason) {
        assertOrderDetailsRequired(() -> new RejectOrder(ORDER, reason),
                "To reject order " + ORDER + ", give the reason for the rejection.");
        assertOrderDetailsRequired(() -> new CancelOrder(ORDER, reason),
                "To cancel order " + ORDER + ", give the reason for the cancellation.");
    }

    @Test
    void aShipmentRequestNeedsADestinationAndAShippingOption() {
        assertOrderDetailsRequired(() -> new RequestShipment(ORDER, "standard", null, 2),
                "To ship order " + ORDER + ", give the destination.");
        assertOrderDetailsRequired(() -> new RequestShipment(ORDER, " ", ADDRESS, 2),
                "To ship order " + ORDER + ", give a shipping option.");
    }

    @Test
    void aShipmentNeedsACarrierAndATrackingNumber() {
        assertOrderDetailsRequired(() -> new ShipOrder(ORDER, " ", "JD0001"),
                "To ship order " + ORDER + ", give the carrier.");
        assertOrderDetailsRequired(() -> new ShipOrder(ORDER, "DHL", null),
                "To ship order " + ORDER + ", give the carrier's tracking number.");
    }

    @Test
    void aReturnNeedsItsIdAReasonAndTheLinesSentBack() {
        assertOrderDetailsRequired(() -> new ReturnOrder(ORDER, null, ONE_MUG, "wrong size"),
                "To return order " + ORDER + ", give an id for the return.");
        assertOrderDetailsRequired(() -> new ReturnOrder(ORDER, RETURN, ONE_MUG, ""),
                "To return order " + ORDER + ", give the reason for the return.");
        assertOrderDetailsRequired(() -> new ReturnOrder(ORDER, RETURN, List.of(), "wrong size"),
                "To return order " + ORDER + ", give the lines sent back.");
    }

    /** Events carry no such checks: history stored before a rule existed must always load. */
    @Test
    void aRevisionOneReturnWithoutLinesIsStillAnEvent() {
        assertThat(new OrderReturned(ORDER, RETURN, null, null, "whole order", true, null).lines()).isEmpty();
    }
}
