package io.ultramarket.commerce.search;

import io.ultramarket.commerce.DevelopmentTokens;
import org.springframework.context.annotation.Import;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.Problems.expectProblem;
import static io.ultramarket.commerce.catalog.Catalog.product;
import static io.ultramarket.commerce.catalog.Catalog.variant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain embedded run, without {@code spring.elasticsearch.uris}: the app starts, search says it is
 * not configured, and the catalog (like everything else) works. A context of its own, without servers.
 */
// Rate limits raised: every request comes from loopback (docs/testing.md).
@TestPropertySource(locations = "classpath:raised-rate-limits.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.security.dev-issuer.key-file=target/it-dev-issuer/signing-key.json",
        "commerce.embedded-postgres.data-directory=target/it-postgres-without-search",
        "commerce.embedded-postgres.clean-data-directory=true"
})
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(DevelopmentTokens.class)
class SearchNotConfiguredIT {

    @Autowired
    WebTestClient http;

    @Test
    void searchAnswers503NotConfiguredAndTheCatalogStillWorks() {
        expectProblem(http.get().uri("/search?q=mug").exchange(), 503, "/problems/search-not-configured")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .contains("spring.elasticsearch.uris"));
        expectProblem(http.get().uri("/search/suggest?prefix=mu").exchange(), 503, "/problems/search-not-configured");
        expectProblem(http.get().uri("/admin/search").exchange(), 503, "/problems/search-not-configured");
        // Bad parameters are still bad parameters.
        expectProblem(http.get().uri("/search?size=0").exchange(), 400, "/problems/invalid-request");

        var catalog = new Catalog(http);
        UUID productId = catalog.create(product("Mug", "", "kitchen/mugs", variant("NS-MUG", "9.90", Map.of())));
        String position = Shop.positionOf(catalog.publish(productId));
        new Shop(http).read("/products/" + productId, position).expectStatus().isOk()
                .expectBody().jsonPath("$.published").isEqualTo(true);
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.elasticsearch").doesNotExist()
                .jsonPath("$.components.searchIndexer").doesNotExist();
    }
}
