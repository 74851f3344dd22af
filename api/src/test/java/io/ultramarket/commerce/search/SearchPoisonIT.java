package io.ultramarket.commerce.search;

import io.ultramarket.commerce.projections.search.SearchDocumentsSchema;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static io.ultramarket.commerce.search.Searches.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A search document that cannot be written parks its product's later events, its SKUs' stock events among
 * them, and nothing else: other products keep being indexed, and a retry after the fix applies the parked
 * events in their order.
 */
@ApiIntegrationTest
class SearchPoisonIT {

    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRuntime runtime;

    @Test
    void aPoisonedProductHoldsBackOnlyItsOwnEventsUntilRetried() {
        var catalog = new Catalog(http);
        var shop = new Shop(http);
        var searches = new Searches(http);
        String root = Searches.newCategoryRoot();
        UUID poisoned = catalog.createPublished(product("Poisoned " + root, "Fine", root, variant(root + "-P", "10.00", Map.of())));
        catalog.createPublished(product("Healthy " + root, "Fine", root, variant(root + "-H", "10.00", Map.of())));
        shop.registerStock(root + "-P", "BER-1", 0).expectStatus().isCreated();
        shop.registerStock(root + "-H", "BER-1", 0).expectStatus().isCreated();
        await().atMost(INDEXED).until(() -> searches.search("category=" + root).get("total").asLong() == 2);

        // The documents' table refuses this one description: the product's update fails in the projection.
        String documents = runtime.active(SearchDocumentsSchema.PROJECTION).table(SearchDocumentsSchema.DOCUMENTS);
        jdbc.execute("ALTER TABLE " + documents + " ADD CONSTRAINT poison_" + root
                + " CHECK (product::text NOT LIKE '%Refused " + root + "%')");
        try {
            catalog.update(poisoned, product("Poisoned " + root, "Refused " + root, root,
                    variant(root + "-P", "10.00", Map.of()))).expectStatus().isAccepted();
            commands.sendAndWait(new ReceiveStock(StockItemId.of(root + "-P", "BER-1"), Quantity.of(3), "after the poison"));
            commands.sendAndWait(new ReceiveStock(StockItemId.of(root + "-H", "BER-1"), Quantity.of(3), "healthy"));

            await().atMost(INDEXED).until(() -> names(searches.search("category=" + root + "&inStock=true")),
                    names -> names.equals(List.of("Healthy " + root)));
            List<Map<String, Object>> parked = await().atMost(INDEXED).until(() -> lettersOf(poisoned), letters -> letters.size() == 2);
            assertThat(parked).extracting(letter -> letter.get("eventType"))
                    .containsExactly("ProductDetailsUpdated", "StockReceived");
            assertThat(parked).extracting(letter -> letter.get("processor"))
                    .containsOnly(runtime.active(SearchDocumentsSchema.PROJECTION).processorName());
        } finally {
            jdbc.execute("ALTER TABLE " + documents + " DROP CONSTRAINT poison_" + root);
        }

        http.post().uri("/admin/dead-letters/" + lettersOf(poisoned).get(0).get("id") + "/retry").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.applied").isEqualTo(true);
        assertThat(lettersOf(poisoned)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT product->>'description' FROM " + SearchDocumentsSchema.DOCUMENTS + " WHERE product_id = ?",
                String.class, poisoned)).isEqualTo("Refused " + root);
        await().atMost(INDEXED).until(() -> names(searches.search("category=" + root + "&inStock=true&sort=price_asc")),
                names -> names.size() == 2 && names.contains("Poisoned " + root));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lettersOf(UUID product) {
        List<Map<String, Object>> all = http.get().uri("/admin/dead-letters").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return all.stream().filter(letter -> product.toString().equals(letter.get("sequence"))).toList();
    }
}
