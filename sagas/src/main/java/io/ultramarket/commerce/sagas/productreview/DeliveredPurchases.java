package io.ultramarket.commerce.sagas.productreview;

import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAdded;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.productreview.RecordDeliveredPurchase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * On each delivered order, tells the review of every product in it ({@code RecordDeliveredPurchase}, one per
 * customer and product) that the customer received the product. The order's customer and SKUs come from its
 * own {@code OrderPlaced} in the event store; which product lists a SKU, from the catalog's events, kept in
 * {@code product_review_sku} in the processor's transaction. Runs on its own processor ({@value #PROCESSING_GROUP},
 * one segment: a product's events come before the orders of it). A failure propagates and the event is tried
 * again; the review records a purchase once, so a repeat changes nothing. On its first start the processor
 * reads the store from event 0, so every order delivered before this feature unlocks its reviews too.
 */
@Component
@ProcessingGroup(DeliveredPurchases.PROCESSING_GROUP)
class DeliveredPurchases {

    static final String PROCESSING_GROUP = "product-review-purchases";

    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final CommandGateway commands;

    DeliveredPurchases(JdbcTemplate jdbc, EventStore events, CommandGateway commands) {
        this.jdbc = jdbc;
        this.events = events;
        this.commands = commands;
    }

    @EventHandler
    void on(ProductCreated created) {
        created.variants().forEach(variant -> listed(variant, created.productId()));
    }

    @EventHandler
    void on(ProductVariantAdded added) {
        listed(added.variant(), added.productId());
    }

    @EventHandler
    void on(OrderDelivered delivered) {
        // From sequence 0, past any snapshot of the order: its first event is the placement.
        OrderPlaced order = events.readEvents(delivered.orderId().toString(), 0).asStream()
                .map(event -> event.getPayload())
                .filter(OrderPlaced.class::isInstance).map(OrderPlaced.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("order " + delivered.orderId() + " was delivered but never placed"));
        Set<UUID> products = new LinkedHashSet<>();
        order.lines().forEach(line -> products.addAll(jdbc.queryForList(
                "SELECT product_id FROM product_review_sku WHERE sku = ?", UUID.class, line.sku().value())));
        products.forEach(product -> commands.sendAndWait(
                RecordDeliveredPurchase.of(order.customerId(), product, order.orderId())));
    }

    private void listed(ProductVariant variant, UUID productId) {
        jdbc.update("INSERT INTO product_review_sku (sku, product_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                variant.sku().value(), productId);
    }
}
