package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.servers.ElasticsearchServer;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch stops in the middle of catalog changes and comes back: commands and other reads never
 * notice, search answers 503 and health says DOWN meanwhile, and afterwards the index holds exactly the
 * catalog, as the products read model shows it.
 */
@ApiIntegrationTest
class SearchOutageIT {

    private static final int PRODUCTS = 30;

    @Autowired
    WebTestClient http;

    @Test
    void afterAnOutageTheIndexConvergesToExactlyTheCatalog() {
        var catalog = new Catalog(http);
        var shop = new Shop(http);
        var searches = new Searches(http);
        String root = Searches.newCategoryRoot();
        ElasticsearchServer elasticsearch = RealServers.elasticsearch();
        Map<UUID, String> products = new TreeMap<>();
        Map<UUID, Integer> numbers = new TreeMap<>();
        String lastWrite;
        try {
            for (int i = 0; i < PRODUCTS; i++) {
                if (i == PRODUCTS / 3) {
                    elasticsearch.halt();
                }
                UUID productId = catalog.create(product("Outage item " + i, "Item " + i, root + "/items",
                        variant(root + "-" + i, "20.00", Map.of())));
                catalog.publish(productId).expectStatus().isAccepted();
                products.put(productId, root + "-" + i);
                numbers.put(productId, i);
            }
            // While it is down: commands and other reads work, search says it is unavailable, health says DOWN.
            for (var product : products.entrySet()) {
                int i = numbers.get(product.getKey());
                if (i % 3 == 0) {
                    catalog.changePrice(product.getKey(), product.getValue(), "1" + i + ".50").expectStatus().isAccepted();
                }
                if (i % 5 == 0) {
                    catalog.unpublish(product.getKey()).expectStatus().isAccepted();
                }
            }
            lastWrite = Shop.positionOf(shop.registerStock(root + "-1", "BER-1", 3));
            shop.read("/products/" + products.keySet().iterator().next(), lastWrite).expectStatus().isOk();
            expectProblem(http.get().uri("/search?category=" + root).exchange(), 503, "/problems/search-unavailable");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode health = http.get().uri("/actuator/health").exchange()
                        .expectBody(JsonNode.class).returnResult().getResponseBody();
                assertThat(health.at("/components/elasticsearch/status").asText()).as(health.toString()).isEqualTo("DOWN");
                assertThat(health.at("/components/searchIndexer/status").asText()).as(health.toString()).isEqualTo("DOWN");
            });
        } finally {
            elasticsearch.restart();
        }

        Map<String, String> expected = new TreeMap<>();
        products.keySet().forEach(productId -> {
            // With the last write's position: the products read model has applied every change above.
            JsonNode product = shop.read("/products/" + productId, lastWrite).expectStatus().isOk()
                    .expectHeader().valueEquals("Commerce-Consistency", "current")
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            if (product.get("published").asBoolean()) {
                expected.put(productId.toString(), product.get("variants").get(0).get("price").get("amount").asText());
            }
        });
        assertThat(expected).hasSize(PRODUCTS - PRODUCTS / 5);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode answer = searches.search("category=" + root + "&size=100");
            Map<String, String> indexed = new TreeMap<>();
            answer.get("hits").forEach(hit -> indexed.put(hit.get("productId").asText(), hit.get("priceFrom").get("amount").asText()));
            assertThat(indexed).isEqualTo(expected);
            assertThat(answer.get("total").asLong()).isEqualTo(expected.size());
        });
        assertThat(searches.search("category=" + root + "&inStock=true").get("total").asLong()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode health = http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(health.at("/components/searchIndexer/status").asText()).as(health.toString()).isEqualTo("UP");
        });
    }
}
