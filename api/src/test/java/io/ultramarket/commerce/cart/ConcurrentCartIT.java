package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.util.retry.Retry;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class ConcurrentCartIT {

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    @LocalServerPort
    int port;
    @Autowired
    DevelopmentIssuer issuer;

    @Test
    void fiftyParallelAddsToOneCartAllLandExactlyOnce() {
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart();
        for (int i = 0; i < 50; i++) {
            shop.sell("SKU-" + i, "2.50");
        }
        WebClient client = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBearerAuth(issuer.issue(shop.ownerOf(cartId).toString()).accessToken()))
                .build();

        Long accepted = Flux.range(0, 50)
                .flatMap(i -> client.post().uri("/carts/{id}/items", cartId)
                        .bodyValue(Shop.item("SKU-" + i, 1))
                        .retrieve().toBodilessEntity()
                        // A client may retry a 409 (concurrent modification): nothing was changed by it.
                        .retryWhen(Retry.backoff(10, Duration.ofMillis(20)).filter(ConcurrentCartIT::isConflict)), 50)
                .filter(response -> response.getStatusCode().value() == HttpStatus.ACCEPTED.value())
                .count()
                .block(Duration.ofSeconds(60));

        assertThat(accepted).isEqualTo(50);
        var added = events.of(cartId).stream()
                .filter(event -> event.getPayload() instanceof ItemAddedToCart)
                .map(event -> ((ItemAddedToCart) event.getPayload()).sku().value())
                .toList();
        assertThat(added).hasSize(50).doesNotHaveDuplicates();
    }

    private static boolean isConflict(Throwable failure) {
        return failure instanceof WebClientResponseException response && response.getStatusCode().value() == 409;
    }
}
