package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whenever a cart is checked out, an order is placed from it. Runs in a tracking processor, so a crash or a
 * failed command is retried from the stored checkout event: nothing is lost. The order id comes from the
 * checkout, so a redelivered event finds the order already placed and does nothing more.
 */
@Component
@ProcessingGroup(OrderPlacementPolicy.PROCESSING_GROUP)
class OrderPlacementPolicy {

    static final String PROCESSING_GROUP = "order-placement";
    private static final Logger log = LoggerFactory.getLogger(OrderPlacementPolicy.class);

    private final CommandGateway commands;

    OrderPlacementPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(CartCheckedOut checkout) {
        var placeOrder = new PlaceOrder(checkout.orderId(), checkout.cartId(), checkout.customerId(), checkout.lines(),
                checkout.shippingAddress(), checkout.shippingOption(), checkout.paymentMethod());
        try {
            commands.sendAndWait(placeOrder);
        } catch (AggregateStreamCreationException alreadyPlaced) {
            log.debug("Order {} was already placed from cart {}", checkout.orderId(), checkout.cartId());
        }
    }
}
