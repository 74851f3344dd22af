package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.query.analytics.ProductRecommendation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/**
 * "Customers who bought this also bought", for a product of the catalog: the products whose variants were
 * most often in the same orders as this product's variants. From ClickHouse's co-purchases; a product
 * nobody bought has an empty list.
 */
@RestController
class ProductRecommendationsController {

    private final AnalyticsAccess analytics;

    ProductRecommendationsController(AnalyticsAccess analytics) {
        this.analytics = analytics;
    }

    record ProductRecommendations(UUID productId, List<ProductRecommendation> alsoBought) {
    }

    @GetMapping(path = "/products/{productId}/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ProductRecommendations> recommendations(@PathVariable UUID productId, @RequestParam(required = false) Integer limit) {
        AnalyticsParameters parameters = new AnalyticsParameters();
        int top = parameters.whole("limit", limit, 5, 1, 50);
        parameters.check();
        return analytics.ask(reader -> reader.boughtTogether(productId, top))
                .map(alsoBought -> new ProductRecommendations(productId, alsoBought));
    }
}
