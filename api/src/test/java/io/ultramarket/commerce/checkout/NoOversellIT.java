package io.ultramarket.commerce.checkout;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.sagas.checkout.CheckoutIds;
import io.ultramarket.commerce.sagas.payment.SimulatedPaymentBooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many shoppers, few units: 200 checkouts at once compete for the last 10 units of a SKU. The StockItem
 * aggregate is the only judge, so exactly 10 orders get units (and are paid, shipped and delivered), the
 * other 190 are rejected for stock without any payment, and the units add up.
 */
@ApiIntegrationTest
class NoOversellIT {

    private static final int SHOPPERS = 200;
    private static final int UNITS = 10;

    @Autowired
    WebTestClient http;
    @Autowired
    SimulatedPaymentBooks provider;
    Checkouts shop;

    @Test
    void twoHundredConcurrentCheckoutsForTheLastTenUnitsConfirmExactlyTen() throws Exception {
        shop = new Checkouts(http);
        var carts = new Shop(http);
        String sku = Checkouts.newSku("LAST");
        shop.stock(sku, "BER-1", UNITS);
        List<UUID> cartIds = new ArrayList<>();
        for (int i = 0; i < SHOPPERS; i++) {
            UUID cartId = carts.createCart();
            carts.addItem(cartId, sku, 1, "19.99").expectStatus().isAccepted();
            cartIds.add(cartId);
        }

        ExecutorService shoppers = Executors.newFixedThreadPool(32);
        List<Future<UUID>> checkouts = new ArrayList<>();
        for (UUID cartId : cartIds) {
            checkouts.add(shoppers.submit(() -> shop.checkOutCart(cartId, Checkouts.goodCard(), "swiftship:economy", "DE")));
        }
        List<UUID> orderIds = new ArrayList<>();
        for (Future<UUID> checkout : checkouts) {
            orderIds.add(checkout.get());
        }
        shoppers.shutdown();

        // Every order ends delivered or rejected; the counts per status say where a straggler is, if any.
        long checkedOut = System.nanoTime();
        await().atMost(Checkouts.PATIENCE.multipliedBy(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orderIds.stream().collect(Collectors.groupingBy(this::statusOrUnplaced, Collectors.counting())))
                        .isEqualTo(Map.of("DELIVERED", (long) UNITS, "REJECTED", (long) (SHOPPERS - UNITS))));
        System.out.printf("%d concurrent checkouts for %d units settled %d ms after the last checkout answered%n",
                SHOPPERS, UNITS, Duration.ofNanos(System.nanoTime() - checkedOut).toMillis());
        Map<String, List<UUID>> byStatus = orderIds.stream().collect(Collectors.groupingBy(shop::statusOf));

        for (UUID delivered : byStatus.get("DELIVERED")) {
            assertThat(shop.awaitPayment(delivered, "CAPTURED").get("captured").get("amount").asText())
                    .as("19.99 and swiftship:economy for 1 kg").isEqualTo("24.99");
            assertThat(provider.capturesOf(CheckoutIds.paymentOf(delivered))).isEqualTo(1);
        }
        for (UUID rejected : byStatus.get("REJECTED")) {
            assertThat(shop.order(rejected).get("timeline").findValuesAsText("reason"))
                    .containsExactly("not enough stock of " + sku + ": 1 of 1 unit(s) could not be reserved");
            assertThat(shop.payments(rejected)).isEmpty();
            assertThat(provider.capturesOf(CheckoutIds.paymentOf(rejected))).isZero();
        }
        // All ten units left with the delivered orders; nothing is held for anyone.
        shop.awaitStock(sku, "BER-1", 0, 0);
    }

    private String statusOrUnplaced(UUID orderId) {
        String status = shop.statusOf(orderId);
        return status == null ? "NOT YET PLACED" : status;
    }
}
