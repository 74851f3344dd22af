package io.ultramarket.commerce.search;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.catalog.Catalog;
import io.ultramarket.commerce.projections.search.SearchDocumentsSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild of the search documents, which holds a batch's documents in memory and writes each once (ADR 0095),
 * writes the rows that the live documents got in batches of their own: every column but the shipping's bookkeeping,
 * for a product changed several times, and for two products listing the same SKU, whose stock is on hand, one after
 * the other (the first keeps the availability it had when the second took the SKU over). Where the batches fall is
 * Axon's choice; {@code ProductDocumentsTest} holds the rule for a SKU taken over within one batch.
 */
@ApiIntegrationTest
class SearchDocumentsRebuildIT {

    private static final Duration WRITTEN = Duration.ofSeconds(30);
    private static final Duration REBUILT = Duration.ofMinutes(2);

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRebuildWritesTheRowsTheLiveEventsWrote() {
        var catalog = new Catalog(http);
        String root = Searches.newCategoryRoot();
        String shared = root + "-S";
        new Shop(http).registerStock(shared, "BER-1", 5).expectStatus().isCreated();
        UUID first = catalog.createPublished(product("First " + root, "Lists it first", root, variant(shared, "10.00", Map.of())));
        UUID second = catalog.createPublished(product("Second " + root, "Takes it over", root,
                variant(shared, "12.00", Map.of()), variant(root + "-T", "3.00", Map.of())));
        UUID changed = catalog.createPublished(product("Changed " + root, "Described once", root,
                variant(root + "-C", "20.00", Map.of("colour", "red"))));
        catalog.changePrice(changed, root + "-C", "18.00").expectStatus().isAccepted();
        catalog.update(changed, product("Changed " + root, "Described again", root,
                variant(root + "-C", "18.00", Map.of("colour", "red")), variant(root + "-D", "25.00", Map.of("colour", "blue"))))
                .expectStatus().isAccepted();
        List<UUID> products = List.of(first, second, changed);
        Map<UUID, String> live = await().atMost(WRITTEN).until(() -> rows(products), rows -> rows.size() == 3
                && rows.get(changed).contains("Described again") && rows.get(changed).contains(root + "-D"));
        assertThat(live.get(first)).as("in stock when it listed the SKU").contains("\"in_stock\": true");
        assertThat(live.get(second)).contains("\"in_stock\": true");

        Map<?, ?> replay = http.post().uri("/admin/projections/" + SearchDocumentsSchema.PROJECTION + "/replay").exchange()
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        int generation = ((Number) replay.get("generation")).intValue();
        await().atMost(REBUILT).until(() -> activeGeneration() == generation);

        assertThat(rows(products)).isEqualTo(live);
    }

    /** Each product's row of the active generation as JSON text, without how far it was shipped. */
    private Map<UUID, String> rows(List<UUID> products) {
        Map<UUID, String> rows = new TreeMap<>();
        jdbc.query("SELECT " + SearchDocumentsSchema.PRODUCT_ID + ", (to_jsonb(d) - '" + SearchDocumentsSchema.SHIPPED_REVISION
                        + "')::text FROM " + SearchDocumentsSchema.DOCUMENTS + " d WHERE " + SearchDocumentsSchema.PRODUCT_ID
                        + " IN (?, ?, ?)", row -> {
                    rows.put(row.getObject(1, UUID.class), row.getString(2));
                }, products.toArray());
        return rows;
    }

    private int activeGeneration() {
        return jdbc.queryForObject("SELECT generation FROM projection_generation WHERE projection = ? AND state = 'ACTIVE'",
                Integer.class, SearchDocumentsSchema.PROJECTION);
    }
}
