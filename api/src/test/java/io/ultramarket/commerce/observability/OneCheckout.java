package io.ultramarket.commerce.observability;

import io.ultramarket.commerce.Shop;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

/** A checkout of one unit of a SKU of its own (stock registered, put on sale), accepted: what the checks watch. */
final class OneCheckout {

    private OneCheckout() {
    }

    static void of(WebTestClient http, String skuPrefix) {
        Shop shop = new Shop(http);
        String sku = skuPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        shop.registerStock(sku, "BER-1", 5).expectStatus().isCreated();
        UUID cart = shop.createCart();
        shop.addItem(cart, sku, 1, "9.90").expectStatus().isAccepted();
        shop.checkOut(cart).expectStatus().isAccepted();
    }
}
