package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.web.CommandResponses;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ApiIntegrationTest
class CheckoutFlowIT {

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    @Autowired
    JdbcTemplate jdbc;
    Shop shop;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
    }

    @Test
    void aShopperChecksOutACartAndTheOrderIsPlacedWithAFullAuditTrail() {
        String correlationId = "checkout-" + UUID.randomUUID();
        shop.registerStock("MUG-BLUE", "BER-1", 25).expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/stock/MUG-BLUE?warehouse=BER-1");
        UUID cartId = shop.createCart();
        shop.addItem(cartId, "MUG-BLUE", 2, "9.90").expectStatus().isAccepted();
        shop.addItem(cartId, "TEE-RED-M", 1, "19.00").expectStatus().isAccepted();

        var checkout = http.post().uri("/carts/" + cartId + "/checkout").attributes(shop.asOwnerOf(cartId))
                .header("X-Correlation-Id", correlationId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Shop.checkoutBody())
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult();
        UUID orderId = UUID.fromString(checkout.getResponseBody().get("orderId").toString());
        assertThat(checkout.getResponseHeaders().getLocation()).hasToString("/orders/" + orderId);

        List<? extends DomainEventMessage<?>> cartEvents = events.of(cartId);
        assertThat(events.typesOf(cartId)).containsExactly(
                CartCreated.class, ItemAddedToCart.class, ItemAddedToCart.class, CartCheckedOut.class);
        assertThat(cartEvents).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L);
        assertThat(cartEvents).allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry(CommerceMetadata.PRINCIPAL, shop.ownerOf(cartId).toString())
                .containsKeys(CommerceMetadata.CORRELATION_ID, CommerceMetadata.CAUSATION_ID));
        var checkedOut = cartEvents.get(3);
        assertThat(checkedOut.getMetaData()).containsEntry(CommerceMetadata.CORRELATION_ID, correlationId);
        // 38.80 of goods and parcelpost:standard for 3 units, 2 kg (4.90 + 2 × 0.80).
        assertThat(((CartCheckedOut) checkedOut.getPayload()).total()).isEqualTo(Money.of("45.30", "EUR"));

        long checkoutPosition = Long.parseLong(checkout.getResponseHeaders().getFirst(CommandResponses.POSITION_HEADER));
        assertThat(globalIndexOf(checkedOut.getIdentifier())).isEqualTo(checkoutPosition);

        // The order is placed by the checkout saga from the stored checkout event.
        await().atMost(Duration.ofSeconds(20)).until(() -> !events.of(orderId).isEmpty());
        var orderPlaced = events.of(orderId).get(0);
        assertThat(orderPlaced.getPayload()).isInstanceOfSatisfying(OrderPlaced.class, order -> {
            assertThat(order.cartId()).isEqualTo(cartId);
            assertThat(order.lines()).hasSize(2);
            assertThat(order.total()).isEqualTo(Money.of("45.30", "EUR"));
        });
        // The saga placed it, as itself, on the customer's behalf.
        assertThat(orderPlaced.getMetaData())
                .containsEntry(CommerceMetadata.CORRELATION_ID, correlationId)
                .containsEntry(CommerceMetadata.PRINCIPAL, "system:checkout")
                .containsEntry(CommerceMetadata.ON_BEHALF_OF, shop.ownerOf(cartId).toString());
        // Caused by the command that the saga sent while handling the checkout event.
        assertThat(orderPlaced.getMetaData().get(CommerceMetadata.CAUSATION_ID))
                .isNotNull().isNotEqualTo(checkedOut.getIdentifier()).isNotEqualTo(correlationId);
    }

    @Test
    void registeringStockIsRecordedAgainstTheSkuAndWarehouse() {
        shop.registerStock("LAMP-01", "HAM-2", 3).expectStatus().isCreated()
                .expectHeader().exists(CommandResponses.POSITION_HEADER)
                .expectBody().jsonPath("$.stockItemId").isEqualTo("LAMP-01@HAM-2");

        assertThat(events.typesOf("LAMP-01@HAM-2")).containsExactly(StockItemRegistered.class);
    }

    private long globalIndexOf(String eventIdentifier) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, eventIdentifier);
    }
}
