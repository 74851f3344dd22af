package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.HandPlacedOrders;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Orders with several lines for analytics to count, and a wait until analytics has every event so far.
 * Orders a test drives by hand are placed without a checkout (no saga follows them); the real funnel goes
 * through checkout, where the saga reserves the stock, takes payment and ships.
 */
final class AnalyticsShop {

    private final WebTestClient http;
    private final Shop shop;
    private final HandPlacedOrders orders;
    private final ProjectionRuntime projections;
    private final ProjectionProgress progress;

    AnalyticsShop(WebTestClient http, CommandGateway commands, ProjectionRuntime projections, ProjectionProgress progress) {
        this.http = http;
        this.shop = new Shop(http);
        this.orders = new HandPlacedOrders(commands, http);
        this.projections = projections;
        this.progress = progress;
    }

    record Line(String sku, int quantity, String price) {
    }

    /** A new customer's order of these lines, placed by hand; waits until the order is readable. */
    UUID order(List<Line> lines) {
        return orders.place(UUID.randomUUID(), lines.stream()
                .map(line -> new OrderLine(Sku.of(line.sku()), Quantity.of(line.quantity()), Money.of(line.price(), "EUR")))
                .toList());
    }

    /**
     * A new customer's cart with these lines, checked out with a card of their own (a shared card would trip
     * the fraud screen's velocity rules); the checkout saga takes it from there. Answers the order id.
     */
    UUID checkOut(List<Line> lines, String cardToken) {
        UUID cartId = shop.createCart();
        lines.forEach(line -> shop.addItem(cartId, line.sku(), line.quantity(), line.price()).expectStatus().isAccepted());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shippingAddress", Map.of("recipient", "Shopper " + cartId, "line1", "Street " + cartId,
                "postalCode", "10115", "city", "Berlin", "country", "DE"));
        body.put("shippingOption", "swiftship:economy");
        body.put("paymentMethod", Map.of("type", "card", "token", cardToken));
        return UUID.fromString(shop.post("/carts/" + cartId + "/checkout", body).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("orderId").toString());
    }

    /** Registers stock and waits until the stock-levels read model (where checkout looks for warehouses) shows it. */
    void stock(String sku, String warehouse, int onHand) {
        String position = Shop.positionOf(shop.registerStock(sku, warehouse, onHand));
        shop.read("/stock/" + sku, position).expectHeader().valueEquals("Commerce-Consistency", "current");
    }

    Shop shop() {
        return shop;
    }

    /** Waits until the active analytics generation has applied every event stored so far. */
    void awaitCaughtUp() {
        long head = progress.head();
        await().atMost(Duration.ofSeconds(60)).until(() -> progress.hasPassed(projections.active("analytics"), head));
    }
}
