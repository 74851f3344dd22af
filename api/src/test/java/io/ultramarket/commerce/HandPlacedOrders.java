package io.ultramarket.commerce;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Orders placed by sending {@code PlaceOrder} straight to the Order aggregate, without a checkout. No
 * checkout saga follows them (it starts from a checked-out cart), so a test of the read side can drive
 * their life by hand. For the real flow, check a cart out ({@link Shop}).
 */
public final class HandPlacedOrders {

    private static final Address ADDRESS = new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "tok_visa");

    private final CommandGateway commands;
    private final WebTestClient http;

    public HandPlacedOrders(CommandGateway commands, WebTestClient http) {
        this.commands = commands;
        this.http = http;
    }

    /** Places an order of one line and waits until the orders read model has it. */
    public UUID place(UUID customerId, String sku, int quantity, String price) {
        return place(customerId, List.of(new OrderLine(Sku.of(sku), Quantity.of(quantity), Money.of(price, "EUR"))));
    }

    /** Places an order of these lines and waits until the orders read model has it. */
    public UUID place(UUID customerId, List<OrderLine> lines) {
        UUID orderId = UUID.randomUUID();
        commands.sendAndWait(new PlaceOrder(orderId, UUID.randomUUID(), customerId, lines, ADDRESS, "parcelpost:standard", CARD, null));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http.get().uri("/orders/" + orderId).exchange().returnResult(Void.class).getStatus().is2xxSuccessful());
        return orderId;
    }
}
