package io.ultramarket.commerce.limits;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies, URIs and header blocks over {@code commerce.input.*} (64 KB, 8192 characters, 16 KB by default) are
 * refused with problem+json before anything reads them.
 */
@ApiIntegrationTest
class RequestSizeLimitsIT {

    private static final String PADDING = "x".repeat(70 * 1024);

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;

    @Test
    void aBodyOverTheLimitIsA413() {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart();
        var response = shop.post("/carts/" + cartId + "/items", "{\"sku\":\"" + PADDING + "\"}");
        expectProblem(response, 413, "/problems/payload-too-large");
        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class);
    }

    @Test
    void aChunkedBodyIsCutOffWhenItGrowsPastTheLimit() {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart();
        Flux<String> chunks = Flux.range(0, 70).map(i -> i == 0 ? "{\"sku\":\"" : "x".repeat(1024));
        var response = http.post().uri("/carts/" + cartId + "/items").attributes(shop.asOwnerOf(cartId))
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromPublisher(chunks, String.class)).exchange();
        expectProblem(response, 413, "/problems/payload-too-large");
        assertThat(events.typesOf(cartId)).containsExactly(CartCreated.class);
    }

    @Test
    void aLongUriIsA414() {
        expectProblem(http.get().uri("/search?q=" + "a".repeat(9000)).exchange(), 414, "/problems/uri-too-long");
    }

    @Test
    void aLargeHeaderBlockIsA431() {
        var response = http.get().uri("/products/" + UUID.randomUUID())
                .header("X-Padding", "p".repeat(17 * 1024)).exchange();
        expectProblem(response, 431, "/problems/request-header-fields-too-large");
    }
}
