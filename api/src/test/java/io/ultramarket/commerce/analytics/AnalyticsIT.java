package io.ultramarket.commerce.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.analytics.AnalyticsShop.Line;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.MarkOrderDelivered;
import io.ultramarket.commerce.schemas.order.ReturnOrder;
import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.ShipOrder;
import io.ultramarket.commerce.servers.ClickHouseServer;
import io.ultramarket.commerce.servers.RealServers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analytics projection on the real ClickHouse of the run, through the analyst API. Each test uses SKUs
 * of its own; the funnel, which counts every cart, is measured as the change its own carts make.
 */
@ApiIntegrationTest
class AnalyticsIT {

    private static final String DECLINED_CARD = "pm_card_chargeDeclinedInsufficientFunds";

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
    void knownOrdersGiveKnownNetRevenueUnitsAndOrdersPerDayAndSkuAndAReplayGivesTheSame() {
        String mug = "AN-MUG-" + run;
        String tea = "AN-TEA-" + run;
        LocalDate firstDay = today();
        shop.order(List.of(new Line(mug, 2, "10.00"), new Line(tea, 1, "5.50")));
        shop.order(List.of(new Line(mug, 1, "10.00")));
        UUID cancelled = shop.order(List.of(new Line(tea, 3, "5.50")));
        UUID returned = shop.order(List.of(new Line(mug, 5, "10.00"), new Line(tea, 1, "5.50")));
        commands.sendAndWait(new CancelOrder(cancelled, "customer changed their mind"));
        deliver(returned, "JJD001" + run);
        commands.sendAndWait(new ReturnOrder(returned, UUID.randomUUID(),
                List.of(new ReturnedLine(Sku.of(mug), Quantity.of(5)), new ReturnedLine(Sku.of(tea), Quantity.of(1))),
                "arrived broken"));
        // Partly returned, in two returns: one mug of four, then both teas; three mugs stay sold.
        UUID partlyReturned = shop.order(List.of(new Line(mug, 4, "10.00"), new Line(tea, 2, "5.50")));
        deliver(partlyReturned, "JJD002" + run);
        commands.sendAndWait(new ReturnOrder(partlyReturned, UUID.randomUUID(),
                List.of(new ReturnedLine(Sku.of(mug), Quantity.of(1))), "one too many"));
        commands.sendAndWait(new ReturnOrder(partlyReturned, UUID.randomUUID(),
                List.of(new ReturnedLine(Sku.of(tea), Quantity.of(2))), "wrong flavour"));
        LocalDate lastDay = today();

        Map<String, String> expected = Map.of(
                mug, "revenue=60 units=6 orders=3 currency=EUR",
                tea, "revenue=5.5 units=1 orders=1 currency=EUR");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(salesOf(List.of(mug, tea), firstDay, lastDay)).isEqualTo(expected));
        assertThat(bucketsOf(List.of(mug, tea), firstDay, lastDay)).allSatisfy(bucket ->
                assertThat(bucket).isBetween(firstDay, lastDay));

        int before = activeGeneration();
        http.post().uri("/admin/projections/analytics/replay").exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(90)).until(() -> activeGeneration() > before);

        assertThat(salesOf(List.of(mug, tea), firstDay, lastDay)).isEqualTo(expected);
    }

    /**
     * The real funnel: carts checked out, and the checkout saga reserving stock, taking payment and shipping.
     * One card is declined, so that order is never paid nor shipped.
     */
    @Test
    void theFunnelCountsCartsCheckoutsPaidAndShippedOrdersWithTheirConversion() {
        String sku = "AN-FUNNEL-" + run;
        shop.stock(sku, "BER-1", 10);
        shop.awaitCaughtUp();
        LocalDate day = today();
        JsonNode before = funnel(day);

        shop.checkOut(List.of(new Line(sku, 1, "20.00")), ownCard());
        shop.checkOut(List.of(new Line(sku, 2, "20.00")), ownCard());
        shop.checkOut(List.of(new Line(sku, 1, "20.00")), DECLINED_CARD);
        shop.shop().createCart();
        shop.shop().createCart();

        long carts = before.at("/funnel/carts").asLong() + 5;
        long checkouts = before.at("/funnel/checkouts").asLong() + 3;
        long paid = before.at("/funnel/paid").asLong() + 2;
        long shipped = before.at("/funnel/shipped").asLong() + 2;
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode after = funnel(day);
            assertThat(List.of(after.at("/funnel/carts").asLong(), after.at("/funnel/checkouts").asLong(),
                    after.at("/funnel/paid").asLong(), after.at("/funnel/shipped").asLong()))
                    .containsExactly(carts, checkouts, paid, shipped);
            assertThat(after.at("/funnel/conversion/cartToCheckout").asDouble()).isEqualTo(rate(checkouts, carts));
            assertThat(after.at("/funnel/conversion/checkoutToPaid").asDouble()).isEqualTo(rate(paid, checkouts));
            assertThat(after.at("/funnel/conversion/paidToShipped").asDouble()).isEqualTo(rate(shipped, paid));
            assertThat(after.at("/funnel/conversion/cartToShipped").asDouble()).isEqualTo(rate(shipped, carts));
        });
    }

    @Test
    void whenClickHouseIsDownCommandsStillSucceedAndAnalyticsCatchesUpWithoutGapsOrDuplicates() {
        String sku = "AN-OUTAGE-" + run;
        ClickHouseServer clickHouse = RealServers.clickHouse();
        LocalDate firstDay = today();
        for (int order = 0; order < 5; order++) {
            shop.order(List.of(new Line(sku, 1, "3.00")));
        }
        clickHouse.stopKeepingData();
        try {
            for (int order = 0; order < 5; order++) {
                shop.order(List.of(new Line(sku, 2, "3.00")));
            }
            http.get().uri("/analytics/sales?from={from}&to={to}", firstDay, today()).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("/problems/analytics-unavailable");
        } finally {
            clickHouse.restart();
        }
        for (int order = 0; order < 5; order++) {
            shop.order(List.of(new Line(sku, 4, "3.00")));
        }
        LocalDate lastDay = today();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(salesOf(List.of(sku), firstDay, lastDay))
                .isEqualTo(Map.of(sku, "revenue=105 units=35 orders=15 currency=EUR")));
    }

    @Test
    void badParametersAreRefusedWithEveryFieldNamed() {
        http.get().uri("/analytics/sales?from=yesterday&to=2026-01-01&granularity=hour&by=brand&currency=euro").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-request")
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields)
                        .containsExactlyInAnyOrder("from", "granularity", "by", "currency"));
        http.get().uri("/analytics/funnel?from=2026-02-01&to=2026-01-01").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        http.get().uri("/analytics/top-products?from=2026-01-01&to=2026-01-31&limit=0").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        http.get().uri("/analytics/forecast?sku=&alpha=2").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields)
                        .containsExactlyInAnyOrder("sku", "alpha"));
    }

    @Test
    void topProductsRecommendationsAndTheForecastComeFromTheSameOrders() {
        String pot = "AN-POT-" + run;
        String lid = "AN-LID-" + run;
        String pan = "AN-PAN-" + run;
        LocalDate firstDay = today();
        shop.shop().registerStock(pot, "BER-1", 4).expectStatus().isCreated();
        shop.order(List.of(new Line(pot, 3, "30.00"), new Line(lid, 1, "5.00")));
        shop.order(List.of(new Line(pot, 1, "30.00"), new Line(lid, 1, "5.00"), new Line(pan, 1, "25.00")));
        shop.order(List.of(new Line(pot, 2, "30.00"), new Line(pan, 1, "25.00")));
        shop.order(List.of(new Line(pot, 1, "30.00"), new Line(lid, 2, "5.00")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http.get()
                .uri("/analytics/recommendations?sku={sku}", pot).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.alsoBought.length()").isEqualTo(2)
                .jsonPath("$.alsoBought[0].sku").isEqualTo(lid)
                .jsonPath("$.alsoBought[0].orders").isEqualTo(3)
                .jsonPath("$.alsoBought[1].sku").isEqualTo(pan)
                .jsonPath("$.alsoBought[1].orders").isEqualTo(2));

        JsonNode top = http.get().uri("/analytics/top-products?from={from}&to={to}&limit=100", firstDay, today())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> ours = new ArrayList<>();
        top.get("products").forEach(product -> {
            if (product.get("sku").asText().endsWith(run)) {
                ours.add(product.get("sku").asText() + " units=" + product.get("units").asLong()
                        + " revenue=" + new BigDecimal(product.at("/revenue/EUR").asText()).stripTrailingZeros().toPlainString());
            }
        });
        assertThat(ours).containsExactly(pot + " units=7 revenue=210", lid + " units=4 revenue=20", pan + " units=2 revenue=50");

        // 7 units today and none the 27 days before: the level after smoothing, and an order that covers 21 days.
        http.get().uri("/analytics/forecast?sku={sku}&days=28&alpha=0.5&leadTimeDays=7&coverDays=14", pot).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.history.length()").isEqualTo(28)
                .jsonPath("$.history[27].units").isEqualTo(7)
                .jsonPath("$.dailyDemand").isEqualTo(3.5)
                .jsonPath("$.available").isEqualTo(4)
                .jsonPath("$.reorderQuantity").isEqualTo(70);
    }

    private void deliver(UUID orderId, String trackingNumber) {
        commands.sendAndWait(new ConfirmOrder(orderId));
        commands.sendAndWait(new ShipOrder(orderId, "DHL", trackingNumber));
        commands.sendAndWait(new MarkOrderDelivered(orderId, "DHL", trackingNumber));
    }

    /** A card the simulated provider approves, of one shopper alone (a shared one would trip the fraud screen). */
    private static String ownCard() {
        return "tok_visa_" + UUID.randomUUID();
    }

    private JsonNode funnel(LocalDate day) {
        return http.get().uri("/analytics/funnel?from={day}&to={day}", day, day).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Each SKU's totals over the period, in one line, from /analytics/sales by day. */
    private Map<String, String> salesOf(List<String> skus, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> revenue = new TreeMap<>();
        Map<String, Long> units = new TreeMap<>();
        Map<String, Long> orders = new TreeMap<>();
        Map<String, String> currency = new TreeMap<>();
        for (JsonNode bucket : sales(from, to).get("buckets")) {
            String sku = bucket.get("key").asText();
            if (skus.contains(sku)) {
                revenue.merge(sku, new BigDecimal(bucket.get("revenue").asText()), BigDecimal::add);
                units.merge(sku, bucket.get("units").asLong(), Long::sum);
                orders.merge(sku, bucket.get("orders").asLong(), Long::sum);
                currency.put(sku, bucket.get("currency").asText());
            }
        }
        Map<String, String> totals = new TreeMap<>();
        revenue.forEach((sku, amount) -> totals.put(sku, "revenue=" + amount.stripTrailingZeros().toPlainString()
                + " units=" + units.get(sku) + " orders=" + orders.get(sku) + " currency=" + currency.get(sku)));
        return totals;
    }

    private List<LocalDate> bucketsOf(List<String> skus, LocalDate from, LocalDate to) {
        List<LocalDate> buckets = new ArrayList<>();
        sales(from, to).get("buckets").forEach(bucket -> {
            if (skus.contains(bucket.get("key").asText())) {
                buckets.add(LocalDate.parse(bucket.get("bucket").asText()));
            }
        });
        return buckets;
    }

    private JsonNode sales(LocalDate from, LocalDate to) {
        return http.get().uri("/analytics/sales?from={from}&to={to}&granularity=day&by=sku&currency=EUR", from, to)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private int activeGeneration() {
        JsonNode overview = http.get().uri("/admin/projections/analytics").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        for (JsonNode generation : overview.get("generations")) {
            if (generation.get("state").asText().equals("ACTIVE")) {
                return generation.get("generation").asInt();
            }
        }
        return 0;
    }

    private static double rate(long reached, long entered) {
        return Math.round(reached * 10_000.0 / entered) / 10_000.0;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
