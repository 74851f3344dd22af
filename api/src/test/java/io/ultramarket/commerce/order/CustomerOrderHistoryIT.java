package io.ultramarket.commerce.order;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.HandPlacedOrders;
import org.axonframework.commandhandling.gateway.CommandGateway;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.UUID;

/** A customer's order history through {@code GET /customers/{id}/orders}: newest first, in pages. */
@ApiIntegrationTest
class CustomerOrderHistoryIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    HandPlacedOrders orders;

    @BeforeEach
    void setUp() {
        orders = new HandPlacedOrders(commands, http);
    }

    @Test
    void aCustomersOrdersArePagedNewestFirst() {
        UUID customerId = UUID.randomUUID();
        // One after the other, so that each order is placed after the previous one.
        UUID first = orders.place(customerId, "MUG-BLUE", 1, "9.90");
        UUID second = orders.place(customerId, "TEE-RED-M", 2, "19.00");
        UUID third = orders.place(customerId, "LAMP-01", 3, "35.00");
        orders.place(UUID.randomUUID(), "MUG-BLUE", 1, "9.90");

        http.get().uri("/customers/" + customerId + "/orders?size=2").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(2)
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items[*].orderId").isEqualTo(List.of(third.toString(), second.toString()))
                .jsonPath("$.items[0].status").isEqualTo("PLACED")
                .jsonPath("$.items[0].total.amount").isEqualTo("105.00")
                .jsonPath("$.items[1].total.amount").isEqualTo("38.00")
                .jsonPath("$.items[0].placedAt").isNotEmpty();
        http.get().uri("/customers/" + customerId + "/orders?page=1&size=2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items[*].orderId").isEqualTo(List.of(first.toString()));
        http.get().uri("/customers/" + customerId + "/orders?page=2&size=2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void theHistoryHasPagesOfTwentyUnlessAskedOtherwise() {
        UUID customerId = UUID.randomUUID();
        UUID only = orders.place(customerId, "MUG-BLUE", 1, "9.90");

        http.get().uri("/customers/" + customerId + "/orders").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(20)
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[*].orderId").isEqualTo(List.of(only.toString()));
    }

    @Test
    void aCustomerWithoutOrdersHasAnEmptyHistory() {
        http.get().uri("/customers/" + UUID.randomUUID() + "/orders").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(0)
                .jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void pagingOutsideItsBoundsIsRefusedNamingTheParameter() {
        String history = "/customers/" + UUID.randomUUID() + "/orders";
        refused(history + "?size=0", "size", "size must be between 1 and 100");
        refused(history + "?size=101", "size", "size must be between 1 and 100");
        refused(history + "?page=-1", "page", "page counts from 0");
        refused(history + "?page=first", "page", "'first' is not a whole number");
    }

    private void refused(String uri, String field, String message) {
        http.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-request")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").isEqualTo(message);
    }
}
