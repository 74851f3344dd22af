package io.ultramarket.commerce.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.catalog.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static io.ultramarket.commerce.search.Searches.names;
import static io.ultramarket.commerce.search.Searches.suggestedNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Search and autocomplete on the real Elasticsearch, fed by the catalog and stock events. */
@ApiIntegrationTest
class SearchIT {

    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;
    Catalog catalog;
    Shop shop;
    Searches searches;
    String root;

    @BeforeEach
    void setUp() {
        catalog = new Catalog(http);
        shop = new Shop(http);
        searches = new Searches(http);
        root = Searches.newCategoryRoot();
    }

    /** Runner (in stock, blue, 59.90 to 64.90), boot (none in stock, brown, 129.00), jacket (in stock, blue, 89.00). */
    private void stockTheShop() {
        catalog.createPublished(product("Trail runner " + root, "Light running shoe for rough paths", root + "/shoes/running",
                variant(root + "-TR42", "59.90", Map.of("size", "42", "colour", "blue")),
                variant(root + "-TR43", "64.90", Map.of("size", "43", "colour", "blue"))));
        catalog.createPublished(product("Leather boot " + root, "Waterproof boot", root + "/shoes/boots",
                variant(root + "-LB42", "129.00", Map.of("size", "42", "colour", "brown"))));
        catalog.createPublished(product("Rain jacket " + root, "Keeps you dry", root + "/jackets",
                variant(root + "-RJM", "89.00", Map.of("size", "M", "colour", "blue"))));
        catalog.create(product("Hidden runner " + root, "Not published", root + "/shoes/running",
                variant(root + "-HR1", "10.00", Map.of("colour", "blue"))));
        shop.registerStock(root + "-TR43", "BER-1", 5).expectStatus().isCreated();
        shop.registerStock(root + "-RJM", "BER-1", 2).expectStatus().isCreated();
        shop.registerStock(root + "-LB42", "BER-1", 0).expectStatus().isCreated();
        await().atMost(INDEXED).untilAsserted(() ->
                assertThat(searches.search("category=" + root + "&inStock=true").get("total").asLong()).isEqualTo(2));
        await().atMost(INDEXED).untilAsserted(() ->
                assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(3));
    }

    @Test
    void everyFilterNarrowsTheHitsAndUnpublishedProductsNeverShow() {
        stockTheShop();
        String in = "category=" + root;

        assertThat(names(searches.search(in + "&q=runner"))).containsExactly("Trail runner " + root);
        assertThat(names(searches.search("category=" + root + "/shoes&sort=price_asc")))
                .containsExactly("Trail runner " + root, "Leather boot " + root);
        assertThat(names(searches.search(in + "&minPrice=60&maxPrice=100&sort=price_asc")))
                .containsExactly("Trail runner " + root, "Rain jacket " + root);
        assertThat(names(searches.search(in + "&inStock=true&sort=price_asc")))
                .containsExactly("Trail runner " + root, "Rain jacket " + root);
        assertThat(names(searches.search(in + "&attr.colour=blue&sort=price_asc")))
                .containsExactly("Trail runner " + root, "Rain jacket " + root);
        assertThat(names(searches.search(in + "&attr.colour=blue&attr.size=42")))
                .containsExactly("Trail runner " + root);
        assertThat(names(searches.search(in + "&attr.colour=brown&attr.colour=blue&attr.size=42&sort=price_asc")))
                .containsExactly("Trail runner " + root, "Leather boot " + root);
    }

    @Test
    void hitsAreSortedAndPaged() {
        stockTheShop();
        String in = "category=" + root;

        assertThat(names(searches.search(in + "&sort=price_asc")))
                .containsExactly("Trail runner " + root, "Rain jacket " + root, "Leather boot " + root);
        assertThat(names(searches.search(in + "&sort=price_desc")))
                .containsExactly("Leather boot " + root, "Rain jacket " + root, "Trail runner " + root);
        assertThat(names(searches.search(in + "&sort=newest")))
                .containsExactly("Rain jacket " + root, "Leather boot " + root, "Trail runner " + root);
        JsonNode secondPage = searches.search(in + "&sort=price_asc&size=2&page=1");
        assertThat(names(secondPage)).containsExactly("Leather boot " + root);
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);

        JsonNode runner = searches.search(in + "&q=runner").get("hits").get(0);
        assertThat(runner.get("priceFrom").get("amount").asText()).isEqualTo("59.90");
        assertThat(runner.get("priceTo").get("amount").asText()).isEqualTo("64.90");
        assertThat(runner.get("inStock").asBoolean()).isTrue();
        assertThat(runner.get("category").asText()).isEqualTo(root + "/shoes/running");
        assertThat(runner.get("attributes").get("size").toString()).isEqualTo("[\"42\",\"43\"]");
    }

    @Test
    void facetsCountCategoriesWithTheirAncestorsPriceBucketsAndAttributeValues() {
        stockTheShop();
        JsonNode facets = searches.search("category=" + root).get("facets");

        assertThat(counts(facets.get("categories"))).containsEntry(root, 3L).containsEntry(root + "/shoes", 2L)
                .containsEntry(root + "/shoes/running", 1L).containsEntry(root + "/shoes/boots", 1L)
                .containsEntry(root + "/jackets", 1L).hasSize(5);
        assertThat(counts(facets.get("attributes").get("colour"))).containsExactlyInAnyOrderEntriesOf(Map.of("blue", 2L, "brown", 1L));
        assertThat(counts(facets.get("attributes").get("size"))).containsExactlyInAnyOrderEntriesOf(Map.of("42", 2L, "43", 1L, "M", 1L));
        List<String> buckets = new ArrayList<>();
        facets.get("prices").forEach(bucket -> buckets.add(bucket.path("from").asText("*") + ".." + bucket.path("to").asText("*")
                + "=" + bucket.get("count").asLong()));
        assertThat(buckets).containsExactly("*..25.0=0", "25.0..50.0=0", "50.0..100.0=2", "100.0..250.0=1", "250.0..*=0");
    }

    @Test
    void aTypoStillFindsTheProduct() {
        stockTheShop();
        assertThat(names(searches.search("category=" + root + "&q=trial+runer"))).containsExactly("Trail runner " + root);
        assertThat(names(searches.search("category=" + root + "&q=waterprof"))).containsExactly("Leather boot " + root);
    }

    @Test
    void suggestionsCompleteAPrefixOfAnyWordOfPublishedNames() {
        stockTheShop();
        assertThat(suggestedNames(searches.suggest(root)))
                .containsExactlyInAnyOrder("Trail runner " + root, "Leather boot " + root, "Rain jacket " + root);
        assertThat(suggestedNames(searches.suggest("runner " + root.substring(0, 6))))
                .containsExactly("Trail runner " + root);
    }

    @Test
    void aPriceChangeIsVisibleInSearch() {
        UUID mug = catalog.createPublished(product("Mug " + root, "Stoneware", root + "/kitchen",
                variant(root + "-MUG", "50.00", Map.of())));
        await().atMost(INDEXED).untilAsserted(() ->
                assertThat(searches.search("category=" + root + "&maxPrice=40").get("total").asLong()).isZero());
        await().atMost(INDEXED).untilAsserted(() ->
                assertThat(searches.search("category=" + root).get("total").asLong()).isEqualTo(1));

        catalog.changePrice(mug, root + "-MUG", "30.00").expectStatus().isAccepted();

        await().atMost(INDEXED).untilAsserted(() -> {
            JsonNode hits = searches.search("category=" + root + "&maxPrice=40").get("hits");
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).get("priceFrom").get("amount").asText()).isEqualTo("30.00");
        });
    }

    @Test
    void anUnpublishedProductDisappearsFromSearchAndSuggestions() {
        UUID lamp = catalog.createPublished(product("Desk lamp " + root, "Bright", root + "/lighting",
                variant(root + "-LAMP", "35.00", Map.of())));
        await().atMost(INDEXED).untilAsserted(() ->
                assertThat(names(searches.search("category=" + root))).containsExactly("Desk lamp " + root));

        catalog.unpublish(lamp).expectStatus().isAccepted();

        await().atMost(INDEXED).untilAsserted(() -> {
            assertThat(searches.search("category=" + root).get("total").asLong()).isZero();
            assertThat(suggestedNames(searches.suggest(root))).isEmpty();
        });
        catalog.publish(lamp).expectStatus().isAccepted();
        await().atMost(INDEXED).untilAsserted(() ->
                assertThat(names(searches.search("q=lamp+" + root))).containsExactly("Desk lamp " + root));
    }

    @Test
    void badParametersAreRefusedWithEachFieldNamed() {
        expectProblem(http.get().uri("/search?minPrice=abc&size=0&sort=cheapest&colour=blue&category=Bad//x&inStock=maybe")
                .exchange(), 400, "/problems/invalid-request")
                .jsonPath("$.errors.length()").isEqualTo(6)
                .jsonPath("$.errors[?(@.field == 'minPrice')]").exists()
                .jsonPath("$.errors[?(@.field == 'size')]").exists()
                .jsonPath("$.errors[?(@.field == 'sort')]").exists()
                .jsonPath("$.errors[?(@.field == 'colour')]").exists()
                .jsonPath("$.errors[?(@.field == 'category')]").exists()
                .jsonPath("$.errors[?(@.field == 'inStock')]").exists();
        expectProblem(http.get().uri("/search?minPrice=20&maxPrice=10&page=5000").exchange(), 400, "/problems/invalid-request")
                .jsonPath("$.errors[?(@.field == 'minPrice')]").exists()
                .jsonPath("$.errors[?(@.field == 'page')]").exists();
        expectProblem(http.get().uri("/search/suggest").exchange(), 400, "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("prefix");
    }

    private static Map<String, Long> counts(JsonNode valueCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        valueCounts.forEach(entry -> counts.put(entry.get("value").asText(), entry.get("count").asLong()));
        return counts;
    }
}
