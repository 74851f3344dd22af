package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Insider;
import io.ultramarket.commerce.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reindex fills a new index from the documents in PostgreSQL, without replaying events: the generation stays,
 * searches answer whole from the old index until the alias moves to the new one, later changes reach the new one,
 * and the old index goes after the grace (ADR 0101). A replay afterwards starts its generation's index afresh.
 */
@ApiIntegrationTest
class SearchReindexIT {

    private static final int PRODUCTS = 30;

    @Autowired
    WebTestClient http;

    @Autowired
    SearchProperties properties;

    @Autowired
    Insider insider;

    @Test
    void aReindexFillsANewIndexOfTheSameGenerationAndMovesTheAliasWhileSearchesKeepAnswering() throws Exception {
        var catalog = new Catalog(http);
        var searches = new Searches(http);
        var admin = new SearchAdministration(http, properties.alias());
        String root = Searches.newCategoryRoot();
        for (int i = 0; i < PRODUCTS; i++) {
            catalog.createPublished(product("Reindexed item " + i, "Item " + i, root + "/items",
                    variant(root + "-" + i, "2" + i + ".00", Map.of("n", Integer.toString(i)))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(PRODUCTS));
        List<String> before = admin.aliasedIndices();
        int generation = admin.generationIndexedIn(before.get(0)).path("generation").asInt();

        var shopper = new SearchingShopper(http, "category=" + root);
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

    private JsonNode reindex() {
        return http.post().uri("/admin/search/reindex").exchange().expectStatus().isAccepted()
                .expectHeader().location("/admin/search")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
