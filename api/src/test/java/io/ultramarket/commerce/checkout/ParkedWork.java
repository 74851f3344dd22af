package io.ultramarket.commerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/** What an operator sees of parked work over HTTP: the one list, the health component and the gauge. */
final class ParkedWork {

    private final WebTestClient http;

    ParkedWork(WebTestClient http) {
        this.http = http;
    }

    /** The first entry of {@code GET /admin/dead-letters} that matches, if any. */
    Optional<JsonNode> find(Predicate<JsonNode> matching) {
        JsonNode items = http.get().uri("/admin/dead-letters?limit=1000").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return StreamSupport.stream(items.spliterator(), false).filter(matching).findFirst();
    }

    JsonNode health() {
        return http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** {@code commerce.parked.items} of one processor, once the gauge has counted it. */
    Optional<Double> gauge(String processor) {
        var answer = http.get().uri("/actuator/metrics/commerce.parked.items?tag=processor:" + processor).exchange()
                .expectBody(JsonNode.class).returnResult();
        return answer.getStatus().is2xxSuccessful()
                ? Optional.of(answer.getResponseBody().at("/measurements/0/value").asDouble())
                : Optional.empty();
    }

    WebTestClient.ResponseSpec retry(String id) {
        return http.post().uri("/admin/dead-letters/" + id + "/retry").exchange();
    }
}
