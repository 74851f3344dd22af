package io.ultramarket.commerce.idempotency;

import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class IdempotencyKeyIT {

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    @LocalServerPort
    int port;
    @Autowired
    DevelopmentIssuer issuer;
    Shop shop;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        shop.sell("MUG-1", "1.00");
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyReturnsTheFirstAnswerAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        UUID customer = UUID.randomUUID();

        var first = createCart(customer, key).expectStatus().isCreated().expectBody(Map.class).returnResult();
        var repeat = createCart(customer, key).expectStatus().isCreated().expectBody(Map.class).returnResult();

        assertThat(repeat.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(repeat.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(events.typesOf(first.getResponseBody().get("cartId"))).containsExactly(CartCreated.class);
    }

    @Test
    void aKeyIsScopedToTheCallerSoAnotherCustomersSameKeyIsAFirstAttempt() {
        String key = UUID.randomUUID().toString();

        var first = createCart(UUID.randomUUID(), key).expectStatus().isCreated().expectBody(Map.class).returnResult();
        var other = createCart(UUID.randomUUID(), key).expectStatus().isCreated().expectBody(Map.class).returnResult();

        assertThat(other.getResponseBody().get("cartId")).isNotEqualTo(first.getResponseBody().get("cartId"));
    }

    @Test
    void theSameKeyWithADifferentBodyIsA422() {
        UUID cartId = shop.createCart();
        String key = UUID.randomUUID().toString();
        addItem(cartId, key, Shop.item("MUG-1", 1)).expectStatus().isAccepted();

        addItem(cartId, key, Shop.item("MUG-1", 2))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/idempotency-key-reused");
    }

    @Test
    void aFailedAttemptThatChangedNothingDoesNotBlockARetry() {
        UUID cartId = shop.createCart();
        String key = UUID.randomUUID().toString();
        var tooMany = Shop.item("MUG-1", 100);
        var fine = Shop.item("MUG-1", 2);

        addItem(cartId, key, tooMany).expectStatus().isEqualTo(422);
        // Same key, corrected body: the refused attempt left no trace, so this is a first attempt.
        addItem(cartId, key, fine).expectStatus().isAccepted();
        addItem(cartId, key, fine).expectStatus().isAccepted();

        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class, ItemAddedToCart.class);
    }

    @Test
    void concurrentRepeatsOfOneRequestTakeEffectOnce() {
        UUID cartId = shop.createCart();
        String key = UUID.randomUUID().toString();
        WebClient client = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBearerAuth(issuer.issue(shop.ownerOf(cartId).toString()).accessToken()))
                .build();

        var statuses = Flux.range(0, 10)
                .flatMap(i -> client.post().uri("/carts/{id}/items", cartId)
                        .header(IdempotencyKeyHeader.NAME, key)
                        .bodyValue(Shop.item("MUG-1", 1))
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 10)
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(statuses).hasSize(10).containsOnly(202);
        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class, ItemAddedToCart.class);
    }

    @Test
    void aMalformedKeyIsA400() {
        createCart(UUID.randomUUID(), " ")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(IdempotencyKeyHeader.NAME);
    }

    private WebTestClient.ResponseSpec createCart(UUID customer, String key) {
        return http.post().uri("/carts").attributes(TestUsers.asCustomer(customer)).header(IdempotencyKeyHeader.NAME, key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange();
    }

    private WebTestClient.ResponseSpec addItem(UUID cartId, String key, Object body) {
        return http.post().uri("/carts/" + cartId + "/items").attributes(shop.asOwnerOf(cartId)).header(IdempotencyKeyHeader.NAME, key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
