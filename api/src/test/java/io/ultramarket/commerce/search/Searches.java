package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A shopper's searches, answered as JSON trees so that tests can look at hits, totals and facets. */
final class Searches {

    private final WebTestClient http;

    Searches(WebTestClient http) {
        this.http = http;
    }

    /** A fresh category root, so that a test sees only its own products in the shared index. */
    static String newCategoryRoot() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    JsonNode search(String query) {
        return http.get().uri("/search?" + query).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    JsonNode suggest(String prefix) {
        return http.get().uri(uri -> uri.path("/search/suggest").queryParam("prefix", prefix).queryParam("size", 20).build())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    static List<String> names(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.get("hits").forEach(hit -> names.add(hit.get("name").asText()));
        return names;
    }

    static List<String> suggestedNames(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.get("suggestions").forEach(suggestion -> names.add(suggestion.get("name").asText()));
        return names;
    }
}
