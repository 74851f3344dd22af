package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.projections.analytics.AnalyticsRuntime;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Orders with several lines, placed over HTTP, and a wait until analytics has every event so far. */
final class AnalyticsShop {

    private final WebTestClient http;
    private final Shop shop;
    private final AnalyticsRuntime analytics;
    private final ProjectionProgress progress;

    AnalyticsShop(WebTestClient http, AnalyticsRuntime analytics, ProjectionProgress progress) {
        this.http = http;
        this.shop = new Shop(http);
        this.analytics = analytics;
        this.progress = progress;
    }

    record Line(String sku, int quantity, String price) {
    }

    /** A new customer's cart with these lines, checked out; waits until the order is placed. */
    UUID order(List<Line> lines) {
        UUID cartId = shop.createCart();
        lines.forEach(line -> shop.addItem(cartId, line.sku(), line.quantity(), line.price()).expectStatus().isAccepted());
        UUID orderId = UUID.fromString(shop.checkOut(cartId).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("orderId").toString());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.get().uri("/orders/" + orderId).exchange().returnResult(Void.class).getStatus().is2xxSuccessful());
        return orderId;
    }

    Shop shop() {
        return shop;
    }

    /** Waits until the active analytics generation has applied every event stored so far. */
    void awaitCaughtUp() {
        long head = progress.head();
        await().atMost(Duration.ofSeconds(60)).until(() -> analytics.activeGeneration().isPresent()
                && progress.hasPassed(new Generation("analytics", analytics.activeGeneration().getAsInt()), head));
    }
}
