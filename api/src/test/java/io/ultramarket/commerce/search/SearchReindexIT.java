package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Insider;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.projections.search.SearchIndexer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reindex fills a new index from the documents in PostgreSQL, without replaying events: the generation stays,
 * searches answer whole from the old index until the alias moves to the new one, later changes reach the new one,
 * and the old index goes after the grace (ADR 0101); a product repriced all through it ends at its latest price; a
 * copy cut short is made again whole; requests at the same moment start one reindex. A replay afterwards starts its
 * generation's index afresh.
 */
@ApiIntegrationTest
class SearchReindexIT {

    private static final int PRODUCTS = 30;
    private static final int OPERATORS = 8;

    @Autowired
    WebTestClient http;

    @Autowired
    SearchProperties properties;

    @Autowired
    Insider insider;

    @Autowired
    SearchIndexer appIndexer;

    @Test
    void aReindexFillsANewIndexOfTheSameGenerationAndMovesTheAliasWhileSearchesKeepAnswering() throws Exception {
        var catalog = new Catalog(http);
        var searches = new Searches(http);
        var admin = new SearchAdministration(http, properties.alias());
        String root = Searches.newCategoryRoot();
        List<UUID> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            products.add(catalog.createPublished(product("Reindexed item " + i, "Item " + i, root + "/items",
                    variant(root + "-" + i, "2" + i + ".00", Map.of("n", Integer.toString(i))))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(PRODUCTS));
        List<String> before = admin.aliasedIndices();
        int generation = admin.generationIndexedIn(before.get(0)).path("generation").asInt();

        var shopper = new SearchingShopper(http, "category=" + root);
        // A merchandiser changes prices all through the reindex: each product must end at its latest price.
        Map<UUID, String> latestPrices = new ConcurrentHashMap<>();
        AtomicBoolean repricing = new AtomicBoolean(true);
        CompletableFuture<Void> merchandiser = CompletableFuture.runAsync(() -> {
            for (int change = 1; repricing.get(); change++) {
                UUID product = products.get(change % 10);
                String price = (100 + change) + ".00";
                catalog.changePrice(product, root + "-" + (change % 10), price).expectStatus().isAccepted();
                latestPrices.put(product, price);
            }
        });
        JsonNode started = reindex();
        String index = started.path("index").asText();
        assertThat(started.path("generation").asInt()).as("the same generation, no replay").isEqualTo(generation);
        assertThat(index).isNotIn(before).startsWith(properties.alias() + "-g" + generation + "-");
        String again = reindex().path("index").asText();
        if (!again.equals(index)) {
            // Asking again while it runs answers the running reindex; this one was done already, so it started the next.
            int round = Integer.parseInt(index.substring(index.lastIndexOf("-r") + 2));
            assertThat(again).isEqualTo(index.substring(0, index.lastIndexOf("-r")) + "-r" + (round + 1));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin.aliasedIndices()).containsExactly(again));
        repricing.set(false);
        merchandiser.join();
        assertThat(latestPrices).isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<UUID, String> indexed = new HashMap<>();
            searches.search("category=" + root + "&size=100").get("hits").forEach(hit -> indexed.put(
                    UUID.fromString(hit.get("productId").asText()), hit.path("priceFrom").path("amount").asText()));
            latestPrices.forEach((product, price) -> assertThat(indexed.get(product)).as("price of " + product)
                    .isEqualTo(price));
        });
        admin.assertSearchedAsBuilt(again, properties);
        JsonNode live = admin.generationIndexedIn(again);
        assertThat(live.path("generation").asInt()).isEqualTo(generation);
        assertThat(live.path("indexed").asLong()).isEqualTo(live.path("documents").asLong()).isGreaterThanOrEqualTo(PRODUCTS);
        assertThat(live.path("pending").asLong()).isZero();
        assertThat(shopper.stopAfterAFewMore()).allSatisfy(answer -> assertThat(answer).isEqualTo("200 " + PRODUCTS));

        catalog.createPublished(product("Reindexed item later", "Later", root + "/items",
                variant(root + "-later", "30.00", Map.of())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(PRODUCTS + 1));
        assertThat(Searches.names(searches.search("category=" + root + "&q=later"))).containsExactly("Reindexed item later");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(admin.indicesInElasticsearch()).as("the old index goes after the grace")
                        .doesNotContainAnyElementsOf(before).contains(again));

        // A replay after it starts a generation at its first round; the reindexed generation's rounds are forgotten.
        http.post().uri("/admin/projections/product-search/replay").exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin.aliasedIndices()).singleElement()
                .satisfies(replayed -> assertThat(replayed).doesNotContain("-r").isNotEqualTo(again)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(insider.jdbc().queryForObject(
                "SELECT count(*) FROM search_reindex WHERE alias = ? AND generation = ?", Long.class,
                properties.alias(), generation)).isZero());
        assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(PRODUCTS + 1);
    }

    @Test
    void aCopyCutShortIsMadeAgainWhole() throws Exception {
        var catalog = new Catalog(http);
        var searches = new Searches(http);
        var admin = new SearchAdministration(http, properties.alias());
        String root = Searches.newCategoryRoot();
        for (int i = 0; i < 5; i++) {
            catalog.createPublished(product("Half-copied item " + i, "Item " + i, root + "/items",
                    variant(root + "-" + i, "9.00", Map.of())));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(5));
        String index;
        appIndexer.stop();
        try {
            index = reindex().path("index").asText();
            // As a crash mid-copy leaves it: the round's index exists with one document, its copy not complete.
            String live = admin.aliasedIndices().get(0);
            admin.putInElasticsearch("/" + index, "{\"mappings\":" + SearchAdministration.elasticsearch("/" + live
                    + "/_mapping").path(live).path("mappings") + "}");
            JsonNode one = SearchAdministration.elasticsearch("/" + live + "/_search?size=1").path("hits").path("hits").get(0);
            admin.putInElasticsearch("/" + index + "/_doc/" + one.path("_id").asText() + "?refresh=true", one.path("_source").toString());
        } finally {
            appIndexer.start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin.aliasedIndices()).containsExactly(index));
        JsonNode copied = admin.generationIndexedIn(index);
        assertThat(copied.path("indexed").asLong()).isEqualTo(copied.path("documents").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(5);
    }

    @Test
    void requestsAtTheSameMomentStartOneReindex() throws Exception {
        var admin = new SearchAdministration(http, properties.alias());
        ExecutorService operators = Executors.newFixedThreadPool(OPERATORS);
        Set<String> answered;
        appIndexer.stop();
        try {
            CyclicBarrier together = new CyclicBarrier(OPERATORS);
            List<CompletableFuture<String>> asked = new ArrayList<>();
            for (int i = 0; i < OPERATORS; i++) {
                asked.add(CompletableFuture.supplyAsync(() -> {
                    awaitTogether(together);
                    return reindex().path("index").asText();
                }, operators));
            }
            answered = new HashSet<>();
            for (CompletableFuture<String> answer : asked) {
                answered.add(answer.join());
            }
        } finally {
            appIndexer.start();
            operators.shutdown();
        }

        assertThat(answered).as("every request answers the one reindex they started").hasSize(1);
        String index = answered.iterator().next();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin.aliasedIndices()).containsExactly(index));
    }

    private static void awaitTogether(CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception notTogether) {
            throw new IllegalStateException("the operators did not start together", notTogether);
        }
    }

    private JsonNode reindex() {
        return http.post().uri("/admin/search/reindex").exchange().expectStatus().isAccepted()
                .expectHeader().location("/admin/search")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
