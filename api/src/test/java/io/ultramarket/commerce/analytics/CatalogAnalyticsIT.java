package io.ultramarket.commerce.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.analytics.AnalyticsShop.Line;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.CreateProduct;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.UpdateProduct;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Analytics by product and category, from the catalog's events: products are created and changed through
 * the Product aggregate, orders are placed by hand, and the analyst API answers by category and product.
 */
@ApiIntegrationTest
class CatalogAnalyticsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    ProjectionRuntime projections;
    @Autowired
    ProjectionProgress progress;
    AnalyticsShop shop;
    String run;

    @BeforeEach
    void setUp() {
        shop = new AnalyticsShop(http, commands, projections, progress);
        run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    @Test
    void salesByCategoryFollowTheProductsCurrentCategoryAndProductsBoughtTogetherAreRecommended() {
        String category = "cat" + run;
        UUID boots = product(category + "/shoes", "AN-BOOT-S-" + run, "AN-BOOT-M-" + run);
        UUID socks = product(category + "/socks", "AN-SOCK-" + run);
        UUID laces = product(category + "/shoes", "AN-LACE-" + run);
        update(boots, category + "/shoes", "AN-BOOT-S-" + run, "AN-BOOT-M-" + run, "AN-BOOT-L-" + run);
        update(laces, category + "/accessories", "AN-LACE-" + run);
        LocalDate firstDay = today();

        shop.order(List.of(new Line("AN-BOOT-S-" + run, 1, "80.00"), new Line("AN-SOCK-" + run, 2, "5.00")));
        shop.order(List.of(new Line("AN-BOOT-L-" + run, 1, "80.00"), new Line("AN-SOCK-" + run, 1, "5.00"),
                new Line("AN-LACE-" + run, 1, "2.50")));
        shop.order(List.of(new Line("AN-BOOT-M-" + run, 2, "80.00"), new Line("AN-LACE-" + run, 1, "2.50")));
        shop.order(List.of(new Line("AN-SOCK-" + run, 1, "5.00")));
        LocalDate lastDay = today();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(salesByCategory(category, firstDay, lastDay))
                .isEqualTo(Map.of(
                        category + "/shoes", "revenue=320 units=4 orders=3",
                        category + "/socks", "revenue=20 units=4 orders=3",
                        category + "/accessories", "revenue=5 units=2 orders=2")));

        // Socks and laces were each bought with boots twice: a tie, listed by product id.
        List<String> tied = java.util.stream.Stream.of(laces, socks).map(UUID::toString).sorted().toList();
        http.get().uri("/products/{id}/recommendations", boots).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.productId").isEqualTo(boots.toString())
                .jsonPath("$.alsoBought.length()").isEqualTo(2)
                .jsonPath("$.alsoBought[0].productId").isEqualTo(tied.get(0))
                .jsonPath("$.alsoBought[0].orders").isEqualTo(2)
                .jsonPath("$.alsoBought[1].productId").isEqualTo(tied.get(1))
                .jsonPath("$.alsoBought[1].orders").isEqualTo(2);
        http.get().uri("/products/{id}/recommendations?limit=1", socks).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.alsoBought.length()").isEqualTo(1)
                .jsonPath("$.alsoBought[0].productId").isEqualTo(boots.toString())
                .jsonPath("$.alsoBought[0].orders").isEqualTo(2);
        http.get().uri("/products/{id}/recommendations?limit=500", socks).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    private UUID product(String category, String... skus) {
        UUID productId = UUID.randomUUID();
        commands.sendAndWait(new CreateProduct(productId, "Product " + skus[0], "For the analytics tests",
                CategoryPath.of(category), variants(skus)));
        return productId;
    }

    /** The product as it should be now, as {@code PUT /products/{id}} sends it: a new SKU is added, a new category moves it. */
    private void update(UUID productId, String category, String... skus) {
        commands.sendAndWait(new UpdateProduct(productId, "Product " + skus[0], "For the analytics tests",
                CategoryPath.of(category), variants(skus)));
    }

    private static List<ProductVariant> variants(String... skus) {
        return Arrays.stream(skus).map(sku -> new ProductVariant(Sku.of(sku), Money.of("1.00", "EUR"), Map.of())).toList();
    }

    private Map<String, String> salesByCategory(String category, LocalDate from, LocalDate to) {
        JsonNode report = http.get().uri("/analytics/sales?from={from}&to={to}&granularity=month&by=category", from, to)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(report.get("by").asText()).isEqualTo("category");
        Map<String, BigDecimal> revenue = new TreeMap<>();
        Map<String, Long> units = new TreeMap<>();
        Map<String, Long> orders = new TreeMap<>();
        for (JsonNode bucket : report.get("buckets")) {
            String key = bucket.get("key").asText();
            if (key.startsWith(category + "/")) {
                revenue.merge(key, new BigDecimal(bucket.get("revenue").asText()), BigDecimal::add);
                units.merge(key, bucket.get("units").asLong(), Long::sum);
                orders.merge(key, bucket.get("orders").asLong(), Long::sum);
            }
        }
        Map<String, String> totals = new TreeMap<>();
        revenue.forEach((key, amount) -> totals.put(key, "revenue=" + amount.stripTrailingZeros().toPlainString()
                + " units=" + units.get(key) + " orders=" + orders.get(key)));
        return totals;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
