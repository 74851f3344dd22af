package io.ultramarket.commerce.productreview;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.checkout.Checkouts;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Customers' reviews and staff's moderation, in the wire format clients use (ADR 0068). */
public final class Reviewers {

    private final WebTestClient http;

    public Reviewers(WebTestClient http) {
        this.http = http;
    }

    /**
     * Reviews once the purchase process has told the review of the delivery: until then the aggregate refuses it
     * as a customer without a delivered order, which changes nothing, so asking again is safe. Answers its id.
     */
    public UUID awaitReviewed(UUID customer, UUID product, int rating, String title) {
        List<UUID> reviewId = new ArrayList<>();
        await().atMost(Checkouts.PATIENCE).until(() -> {
            var answer = review(customer, product, rating, title).expectBody(JsonNode.class).returnResult();
            if (answer.getStatus().value() == 201) {
                reviewId.add(UUID.fromString(answer.getResponseBody().get("reviewId").asText()));
                return true;
            }
            assertThat(answer.getResponseBody().get("type").asText()).isEqualTo("/problems/no-delivered-order-of-product");
            return false;
        });
        return reviewId.get(0);
    }

    public WebTestClient.ResponseSpec review(UUID customer, UUID product, int rating, String title) {
        return review(product, rating, title, TestUsers.asCustomer(customer));
    }

    public WebTestClient.ResponseSpec review(UUID product, int rating, String title, Consumer<Map<String, Object>> as) {
        return http.post().uri("/products/" + product + "/reviews").attributes(as).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rating", rating, "title", title, "body", "Reviewed for the tests")).exchange();
    }

    /** {@code approve} or {@code reject} (with a body naming the reason) as support. */
    public WebTestClient.ResponseSpec moderate(UUID review, String action, Map<String, String> body) {
        var request = http.post().uri("/product-reviews/" + review + "/" + action).attributes(TestUsers.as("support"));
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
