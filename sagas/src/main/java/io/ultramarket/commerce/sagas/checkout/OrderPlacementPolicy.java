package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Whenever a cart is checked out, an order is placed from it. Runs in a tracking processor, so a crash or a
 * failed command is retried from the stored checkout event: nothing is lost. The order id comes from the
 * checkout, and placing an order that exists changes nothing, so a redelivered event does no harm.
 */
@Component
@ProcessingGroup(OrderPlacementPolicy.PROCESSING_GROUP)
class OrderPlacementPolicy {

    static final String PROCESSING_GROUP = "order-placement";

    private final CommandGateway commands;

    OrderPlacementPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(CartCheckedOut checkout) {
        var placeOrder = new PlaceOrder(checkout.orderId(), checkout.cartId(), checkout.customerId(), checkout.lines(),
                checkout.shippingAddress(), checkout.shippingOption(), checkout.paymentMethod());
        commands.sendAndWait(placeOrder);
    }
}
