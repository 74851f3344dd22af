package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;

/**
 * A shopper who searches one query again and again while an operator works on the index, keeping each answer's
 * status and total ("200 40"), so that a test can show that no search saw a missing or half-filled index.
 */
final class SearchingShopper {

    private final AtomicBoolean searching = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Void> loop;

    SearchingShopper(WebTestClient http, String query) {
        loop = CompletableFuture.runAsync(() -> {
            while (searching.get()) {
                var result = http.get().uri("/search?" + query).exchange().expectBody(JsonNode.class).returnResult();
                answers.add(result.getStatus().value() + " " + (result.getResponseBody() == null ? "-"
                        : result.getResponseBody().path("total").asText()));
            }
        });
    }

    /** Stops after a few more answers (those come from the index the alias points at now); every answer so far. */
    List<String> stopAfterAFewMore() {
        int seen = answers.size();
        await().atMost(Duration.ofSeconds(10)).until(() -> answers.size() > seen + 5);
        searching.set(false);
        loop.join();
        return List.copyOf(answers);
    }
}
