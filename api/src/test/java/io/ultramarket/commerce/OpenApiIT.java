package io.ultramarket.commerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class OpenApiIT {

    @Autowired
    WebTestClient http;

    @Test
    void theApiDescribesItself() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/carts'].post").exists()
                .jsonPath("$.paths['/carts/{cartId}/checkout'].post").exists()
                .jsonPath("$.paths['/stock/{sku}/receipts'].post").exists()
                .jsonPath("$.paths['/orders/{orderId}/stream'].get").exists()
                .jsonPath("$.paths['/stream/orders'].get").exists()
                .jsonPath("$.paths['/carts/{cartId}'].get").exists()
                .jsonPath("$.paths['/orders/{orderId}'].get").exists()
                .jsonPath("$.paths['/customers/{customerId}/orders'].get.parameters[?(@.name == 'size')]").exists()
                .jsonPath("$.paths['/orders/{orderId}/payments'].get").exists()
                .jsonPath("$.paths['/orders/{orderId}/cancel'].post").exists()
                .jsonPath("$.paths['/orders/{orderId}/returns'].post").exists()
                .jsonPath("$.paths['/orders/{orderId}/review'].post").exists()
                .jsonPath("$.paths['/payments/{paymentId}/refunds'].post").exists()
                .jsonPath("$.paths['/shipping/rates'].get").exists()
                .jsonPath("$.paths['/webhooks/carriers/{carrier}'].post").exists()
                .jsonPath("$.paths['/analytics/sales'].get").exists()
                .jsonPath("$.paths['/products/{productId}/recommendations'].get").exists();
    }

    @Test
    void theDocumentIsTheCommittedOne() {
        JsonNode document = http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // The server entry names the random port of this run; everything else is the contract.
        ((ObjectNode) document).remove("servers");
        new GoldenCopy("openapi.json").assertMatches(document);
    }

    @Test
    void theSwaggerUiIsServed() {
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        http.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void metricsAreExposedForPrometheus() {
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @Test
    void healthReportsTheDatabase() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.db.status").isEqualTo("UP");
    }
}
