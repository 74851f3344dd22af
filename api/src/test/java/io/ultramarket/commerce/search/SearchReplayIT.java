package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A replay of the search projection builds a new index, and the alias moves to it while searches go on. */
@ApiIntegrationTest
class SearchReplayIT {

    private static final int PRODUCTS = 40;

    @Autowired
    WebTestClient http;

    @Autowired
    SearchProperties properties;

    @Test
    void aReplayBuildsANewIndexAndSwapsTheAliasWhileSearchesKeepAnswering() throws Exception {
        var catalog = new Catalog(http);
        var searches = new Searches(http);
        String root = Searches.newCategoryRoot();
        for (int i = 0; i < PRODUCTS; i++) {
            catalog.createPublished(product("Replay item " + i, "Item " + i, root + "/items",
                    variant(root + "-" + i, "1" + i + ".00", Map.of("n", Integer.toString(i)))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(PRODUCTS));
        List<String> before = aliasedIndices();

        AtomicBoolean replaying = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> shopper = CompletableFuture.runAsync(() -> {
            while (replaying.get()) {
                var result = http.get().uri("/search?category=" + root).exchange().expectBody(JsonNode.class).returnResult();
                answers.add(result.getStatus().value() + " " + (result.getResponseBody() == null ? "-"
                        : result.getResponseBody().path("total").asText()));
            }
        });
        http.post().uri("/admin/projections/product-search/replay").exchange().expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(aliasedIndices()).hasSize(1).doesNotContainAnyElementsOf(before));
        // Built without replicas or periodic refresh (ADR 0078), the new index has a searched index's settings
        // by the time the alias points at it, and holds every document of its generation.
        String rebuilt = aliasedIndices().get(0);
        JsonNode indexSettings = elasticsearch("/" + rebuilt + "/_settings").path(rebuilt).path("settings").path("index");
        assertThat(indexSettings.path("refresh_interval").asText()).isEqualTo(properties.refreshInterval().toMillis() + "ms");
        assertThat(indexSettings.path("number_of_replicas").asText()).isEqualTo(Integer.toString(properties.replicas()));
        assertThat(indexSettings.path("number_of_shards").asText()).isEqualTo("1");
        JsonNode mapping = elasticsearch("/" + rebuilt + "/_mapping").path(rebuilt).path("mappings").path("properties");
        assertThat(mapping.path("categories").path("eager_global_ordinals").asBoolean()).isTrue();
        assertThat(mapping.path("attributes").path("eager_global_ordinals").asBoolean()).isTrue();
        JsonNode live = generationIndexedIn(rebuilt);
        assertThat(live.path("indexed").asLong()).isEqualTo(live.path("documents").asLong()).isPositive();
        assertThat(live.path("pending").asLong()).isZero();
        // A few more searches on the new index, then stop.
        int seen = answers.size();
        await().atMost(Duration.ofSeconds(10)).until(() -> answers.size() > seen + 5);
        replaying.set(false);
        shopper.join();

        assertThat(answers).isNotEmpty().allSatisfy(answer -> assertThat(answer).isEqualTo("200 " + PRODUCTS));
        assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(PRODUCTS);
        // The old generation's index goes once its tables are dropped (retired-grace is 1 s in tests).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(indicesInElasticsearch()).containsExactlyElementsOf(aliasedIndices()));
    }

    private List<String> aliasedIndices() {
        JsonNode status = http.get().uri("/admin/search").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> names = new ArrayList<>();
        status.get("aliasedIndices").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** What {@code GET /admin/search} says of the generation whose index is {@code index}. */
    private JsonNode generationIndexedIn(String index) {
        JsonNode status = http.get().uri("/admin/search").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        for (JsonNode generation : status.get("generations")) {
            if (generation.path("index").asText().equals(index)) {
                return generation;
            }
        }
        throw new AssertionError("no generation has the index " + index + ": " + status);
    }

    /** Elasticsearch's own answer, asked directly. */
    private static JsonNode elasticsearch(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(RealServers.elasticsearch().url() + path)).build();
        return new ObjectMapper().readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The search indices of this context's alias that Elasticsearch holds, asked directly. */
    private List<String> indicesInElasticsearch() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(RealServers.elasticsearch().url() + "/_cat/indices/"
                + properties.alias() + "-g*?h=index")).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
