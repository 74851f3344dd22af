package io.ultramarket.commerce.security;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.HandPlacedOrders;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken object-level authorization, tried: customer B reads, changes, cancels, returns and follows
 * customer A's cart and order, and gets 404 every time, as for ids that do not exist, while A's aggregates
 * keep exactly the events they had.
 */
@ApiIntegrationTest
class ObjectLevelAccessIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    StoredEvents events;

    private final UUID customerA = UUID.randomUUID();
    private final Consumer<Map<String, Object>> asB = TestUsers.asCustomer(UUID.randomUUID());
    private UUID cartId;
    private UUID orderId;

    @BeforeEach
    void customerAHasACartAndAnOrder() {
        Shop shop = new Shop(http);
        cartId = shop.createCart(customerA);
        shop.addItem(cartId, "BOLA-1", 1, "4.00").expectStatus().isAccepted();
        shop.sell("BOLA-3", "1.00");
        orderId = new HandPlacedOrders(commands, http).place(customerA, "BOLA-1", 2, "4.00");
    }

    @Test
    void anotherCustomerCannotSeeOrChangeTheCartAndItsEventsStayAsTheyWere() {
        int cartEvents = events.of(cartId).size();

        notFound(http.get().uri("/carts/" + cartId).attributes(asB).exchange());
        notFound(post("/carts/" + cartId + "/items", Shop.item("BOLA-2", 1)));
        notFound(http.patch().uri("/carts/" + cartId + "/items/BOLA-1").attributes(asB)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("quantity", 5)).exchange());
        notFound(http.delete().uri("/carts/" + cartId + "/items/BOLA-1").attributes(asB).exchange());
        notFound(post("/carts/" + cartId + "/checkout", Shop.checkoutBody()));
        notFound(http.get().uri("/shipping/rates?cart=" + cartId).attributes(asB).exchange());

        assertThat(events.of(cartId)).hasSize(cartEvents);
    }

    @Test
    void anotherCustomerCannotSeeCancelReturnOrFollowTheOrder() {
        int orderEvents = events.of(orderId).size();

        notFound(http.get().uri("/orders/" + orderId).attributes(asB).exchange());
        notFound(http.get().uri("/orders/" + orderId + "/payments").attributes(asB).exchange());
        notFound(post("/orders/" + orderId + "/cancel", Map.of("reason", "not mine")));
        notFound(post("/orders/" + orderId + "/returns",
                Map.of("lines", java.util.List.of(Map.of("sku", "BOLA-1", "quantity", 1)), "reason", "not mine")));
        notFound(http.get().uri("/orders/" + orderId + "/stream").attributes(asB).header("Last-Event-ID", "0").exchange());
        notFound(http.get().uri("/customers/" + customerA + "/orders").attributes(asB).exchange());

        assertThat(events.of(orderId)).hasSize(orderEvents);
    }

    @Test
    void theOwnerAndSupportStillReachThem() {
        http.get().uri("/orders/" + orderId).attributes(TestUsers.asCustomer(customerA)).exchange().expectStatus().isOk();
        http.get().uri("/customers/me/orders").attributes(TestUsers.asCustomer(customerA)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].orderId").isEqualTo(orderId.toString());
        http.get().uri("/carts/" + cartId).attributes(TestUsers.as("support")).exchange().expectStatus().isOk();
    }

    @Test
    void anIdempotentReplayNeverAnswersAnotherCustomerWithTheFirstCallersResult() {
        String key = UUID.randomUUID().toString();
        http.post().uri("/carts/" + cartId + "/items").attributes(TestUsers.asCustomer(customerA))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Shop.item("BOLA-3", 1)).exchange().expectStatus().isAccepted();
        int cartEvents = events.of(cartId).size();

        notFound(http.post().uri("/carts/" + cartId + "/items").attributes(asB)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Shop.item("BOLA-3", 1)).exchange());

        assertThat(events.of(cartId)).hasSize(cartEvents);
    }

    @Test
    void aCustomerCannotOpenACartForSomeoneElse() {
        http.post().uri("/carts").attributes(asB).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", customerA.toString())).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
    }

    private WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post().uri(path).attributes(asB).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static void notFound(WebTestClient.ResponseSpec answer) {
        answer.expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
    }
}
