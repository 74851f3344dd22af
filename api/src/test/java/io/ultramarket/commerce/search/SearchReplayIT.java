package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
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
        var admin = new SearchAdministration(http, properties.alias());
        String root = Searches.newCategoryRoot();
        for (int i = 0; i < PRODUCTS; i++) {
            catalog.createPublished(product("Replay item " + i, "Item " + i, root + "/items",
                    variant(root + "-" + i, "1" + i + ".00", Map.of("n", Integer.toString(i)))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(PRODUCTS));
        List<String> before = admin.aliasedIndices();

        var shopper = new SearchingShopper(http, "category=" + root);
        http.post().uri("/admin/projections/product-search/replay").exchange().expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(admin.aliasedIndices()).hasSize(1).doesNotContainAnyElementsOf(before));
        // The new index is set up for searching by the time the alias points at it, and holds every document.
        String rebuilt = admin.aliasedIndices().get(0);
        admin.assertSearchedAsBuilt(rebuilt, properties);
        JsonNode live = admin.generationIndexedIn(rebuilt);
        assertThat(live.path("indexed").asLong()).isEqualTo(live.path("documents").asLong()).isPositive();
        assertThat(live.path("pending").asLong()).isZero();
        List<String> answers = shopper.stopAfterAFewMore();

        assertThat(answers).isNotEmpty().allSatisfy(answer -> assertThat(answer).isEqualTo("200 " + PRODUCTS));
        assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(PRODUCTS);
        // The old generation's index goes once its tables are dropped (retired-grace is 1 s in tests).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(admin.indicesInElasticsearch()).containsExactlyElementsOf(admin.aliasedIndices()));
    }
}
