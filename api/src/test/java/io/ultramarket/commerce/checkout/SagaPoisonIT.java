package io.ultramarket.commerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Problems;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.ultramarket.commerce.Insider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One order whose checkout keeps failing in the saga is parked alone, with its later events queued behind
 * it, while everybody else's orders go on; once the cause is fixed, a retry replays its events in order.
 * A failure that passes by itself is retried, not parked.
 */
@ApiIntegrationTest
class SagaPoisonIT {

    private static final String SAGA = "CheckoutSagaProcessor";
    private static final Set<String> CONFIRMED_OR_LATER = Set.of("CONFIRMED", "SHIPPED", "DELIVERED");
    private static final int OTHER_CHECKOUTS = 100;

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    Insider insider;
    Checkouts shop;
    SagaFaults faults;
    ParkedWork parked;

    @BeforeEach
    void setUp() {
        shop = new Checkouts(http);
        parked = new ParkedWork(http);
        faults = new SagaFaults(insider.jdbc());
    }

    @AfterEach
    void removeFaults() {
        faults.close();
    }

    @Test
    void aFailingOrderIsParkedAloneAndRetriedInOrderOnceFixed() {
        String mug = Checkouts.newSku("PARKED-MUG");
        shop.stock(mug, "BER-1", OTHER_CHECKOUTS + 5);
        UUID unlucky = UUID.randomUUID();
        String card = Checkouts.goodCard();
        faults.refuseScreeningOf(unlucky);

        UUID parkedOrder = shop.checkOut(unlucky, Map.of(mug, 1), "4.90", card, "parcelpost:standard", "DE");
        JsonNode parked = awaitParked(parkedOrder, 1);
        assertThat(parked.get("kind").asText()).isEqualTo("parked-order");
        assertThat(parked.get("processor").asText()).isEqualTo(SAGA);
        assertThat(parked.get("eventType").asText()).isEqualTo("CartCheckedOut");
        assertThat(parked.get("causeMessage").asText()).contains("saga poison for customer");
        assertThat(parked.get("attempts").asInt()).isEqualTo(1);

        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < OTHER_CHECKOUTS; i++) {
            others.add(shop.checkOut(Map.of(mug, 1), "4.90", Checkouts.goodCard(), "parcelpost:standard"));
        }
        await().atMost(Checkouts.PATIENCE.multipliedBy(3)).until(() -> others.stream().allMatch(this::confirmedOrLater));

        // Meanwhile the order goes on elsewhere (placed and then cancelled by hand): the cancellation reaches
        // the saga while the order is parked, and waits behind its checkout.
        commands.sendAndWait(new PlaceOrder(parkedOrder, UUID.randomUUID(), unlucky,
                List.of(new OrderLine(Sku.of(mug), Quantity.of(1), Money.of("4.90", "EUR"))),
                new Address("Unlucky Shopper", "Street 1", null, "10115", "Berlin", "DE"), "parcelpost:standard",
                new PaymentMethod("card", card), null));
        commands.sendAndWait(new CancelOrder(parkedOrder, "changed my mind"));
        awaitParked(parkedOrder, 2);
        assertThat(health().at("/components/parkedItems/status").asText()).isEqualTo("WARNING");
        assertThat(health().at("/components/parkedItems/details/byProcessor/" + SAGA).asLong()).isGreaterThanOrEqualTo(2);
        await().atMost(Checkouts.PATIENCE).until(() -> parkedItemsGauge().orElse(0.0) >= 2);

        faults.close();
        http.post().uri("/admin/dead-letters/" + parkedOrder + "/retry").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.applied").isEqualTo(true);

        // In order: the checkout reserved the mug and asked for payment, then the cancellation released the
        // mug and voided the payment. The other way round, the mug would stay reserved and the payment be taken.
        assertThat(parkedItem(parkedOrder)).isEmpty();
        assertThat(shop.awaitOrder(parkedOrder, "CANCELLED").get("status").asText()).isEqualTo("CANCELLED");
        shop.awaitPayment(parkedOrder, "VOIDED");
        shop.awaitStock(mug, "BER-1", 5, 0);
        Problems.expectProblem(http.post().uri("/admin/dead-letters/" + parkedOrder + "/retry").exchange(), 404,
                "/problems/not-found");
    }

    @Test
    void anEvictedOrderLeavesTheListWithItsQueue() {
        String lamp = Checkouts.newSku("EVICTED-LAMP");
        shop.stock(lamp, "BER-1", 2);
        UUID unlucky = UUID.randomUUID();
        faults.refuseScreeningOf(unlucky);

        UUID order = shop.checkOut(unlucky, Map.of(lamp, 1), "19.90", Checkouts.goodCard(), "parcelpost:standard", "DE");
        awaitParked(order, 1);

        http.delete().uri("/admin/dead-letters/" + order).exchange().expectStatus().isNoContent();
        assertThat(parkedItem(order)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM parked_order_event WHERE order_id = ?", Long.class, order))
                .isZero();
        Problems.expectProblem(http.delete().uri("/admin/dead-letters/" + order).exchange(), 404, "/problems/not-found");
        // Evicted, its checkout does not go on by itself: the order was never placed.
        http.get().uri("/orders/" + order).exchange().expectStatus().isNotFound();
    }

    @Test
    void aFailureThatPassesIsRetriedNotParked() {
        String cup = Checkouts.newSku("FLAKY-CUP");
        shop.stock(cup, "BER-1", 1);
        UUID customer = UUID.randomUUID();
        faults.failScreeningOf(customer, 2);

        UUID order = shop.checkOut(customer, Map.of(cup, 1), "7.50", Checkouts.goodCard(), "parcelpost:standard", "DE");

        await().atMost(Checkouts.PATIENCE).until(() -> confirmedOrLater(order));
        assertThat(faults.screeningsOf(customer)).as("two failed screenings, then the one that passed").isEqualTo(3);
        assertThat(parkedItem(order)).isEmpty();
    }

    private boolean confirmedOrLater(UUID orderId) {
        String status = shop.statusOf(orderId);
        return status != null && CONFIRMED_OR_LATER.contains(status);
    }

    private JsonNode awaitParked(UUID orderId, int queuedEvents) {
        return await().atMost(Checkouts.PATIENCE).until(() -> parkedItem(orderId),
                item -> item.isPresent() && item.get().get("queuedEvents").asInt() == queuedEvents).orElseThrow();
    }

    private Optional<JsonNode> parkedItem(UUID orderId) {
        return parked.find(item -> orderId.toString().equals(item.get("id").asText()));
    }

    private JsonNode health() {
        return parked.health();
    }

    private Optional<Double> parkedItemsGauge() {
        return parked.gauge(SAGA);
    }
}
