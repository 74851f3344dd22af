package io.ultramarket.commerce.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch loses the search index (an operator deletes it, a cluster is replaced by an empty one) while
 * PostgreSQL still says every document went out: the indexer creates the index again and ships every document
 * again, so search answers the whole catalog without anyone starting a reindex; meanwhile it answers 503, never
 * a 500 (ADR 0099).
 */
@ApiIntegrationTest
class SearchIndexLostIT {

    private static final int PRODUCTS = 12;

    @Autowired
    WebTestClient http;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    SearchProperties properties;

    @Test
    void anIndexElasticsearchLostIsFilledAgainWithEveryDocument() throws IOException {
        var catalog = new Catalog(http);
        var searches = new Searches(http);
        String root = Searches.newCategoryRoot();
        Set<String> products = new TreeSet<>();
        for (int i = 0; i < PRODUCTS; i++) {
            UUID productId = catalog.create(product("Lost item " + i, "Item " + i, root + "/items",
                    variant(root + "-" + i, "12.00", Map.of())));
            catalog.publish(productId).expectStatus().isAccepted();
            products.add(productId.toString());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(productIds(searches.search("category=" + root + "&size=100"))).isEqualTo(products));

        List<String> lost = new ArrayList<>(elasticsearch.indices().getAlias(alias -> alias.name(properties.alias()))
                .result().keySet());
        elasticsearch.indices().delete(delete -> delete.index(lost));

        int status = http.get().uri("/search?category=" + root).exchange().returnResult(String.class).getStatus().value();
        assertThat(status).as("a search while the index is missing").isIn(200, 503);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode answer = searches.search("category=" + root + "&size=100");
            assertThat(productIds(answer)).isEqualTo(products);
            assertThat(answer.get("total").asLong()).isEqualTo(PRODUCTS);
        });
        assertThat(elasticsearch.indices().getAlias(alias -> alias.name(properties.alias())).result().keySet())
                .as("the alias points at the generation's index again, under its own name").isEqualTo(Set.copyOf(lost));
    }

    private static Set<String> productIds(JsonNode answer) {
        Set<String> ids = new TreeSet<>();
        answer.get("hits").forEach(hit -> ids.add(hit.get("productId").asText()));
        return ids;
    }
}
