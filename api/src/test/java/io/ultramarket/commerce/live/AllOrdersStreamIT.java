package io.ultramarket.commerce.live;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import static io.ultramarket.commerce.live.OrderStreamIT.assertChange;
import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class AllOrdersStreamIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    StoredEvents events;

    @Test
    void theBackOfficeStreamShowsWhatHappensToEveryOrder() {
        var orders = new LiveOrders(http, commands, events);
        UUID confirmedOrder = orders.placeOrder();
        UUID cancelledOrder = orders.placeOrder();
        Set<UUID> ours = Set.of(confirmedOrder, cancelledOrder);

        // Other tests' orders may pass by on the same stream; only these two are followed here.
        StepVerifier.create(orders.allOrdersStream(OptionalLong.empty())
                        .filter(event -> event.data() == null || ours.contains(event.data().orderId())))
                .assertNext(OrderStreamIT::isOpening)
                .then(() -> {
                    orders.send(new ConfirmOrder(confirmedOrder));
                    orders.send(new CancelOrder(cancelledOrder, "found it cheaper elsewhere"));
                })
                .assertNext(confirmed -> assertChange(confirmed, confirmedOrder, "OrderConfirmed", "CONFIRMED"))
                .assertNext(cancelled -> {
                    assertChange(cancelled, cancelledOrder, "OrderCancelled", "CANCELLED");
                    assertThat(cancelled.data().payload()).containsEntry("reason", "found it cheaper elsewhere");
                })
                .thenCancel()
                .verify(Duration.ofSeconds(30));
    }
}
