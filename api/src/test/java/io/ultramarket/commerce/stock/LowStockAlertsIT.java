package io.ultramarket.commerce.stock;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.servers.RealServers;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.ApiIntegrationTest.BUYER;
import static io.ultramarket.commerce.ApiIntegrationTest.STOCK_KEEPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Low-stock alerts (ADR 0059) over HTTP: staff set a warehouse's threshold, the item runs low, both staff
 * addresses of the run get one email through the real SMTP server (GreenMail), and the low-stock read model
 * shows the item low until it is restocked. The shared configuration has no default threshold, so only the
 * items given one here are watched.
 */
@ApiIntegrationTest
class LowStockAlertsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRuntime projections;

    Shop shop;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
    }

    @Test
    void anItemThatRunsLowIsMailedToStaffOnceEvenAfterAReplayAndShownLowUntilItIsRestocked() throws Exception {
        String sku = newSku();
        shop.registerStock(sku, "BER-1", 10).expectStatus().isCreated();
        setThreshold(sku, "BER-1", 5).expectStatus().isAccepted();
        adjust(sku, -6).expectStatus().isAccepted();
        // Still low, lower: no second alert.
        String lowerStill = Shop.positionOf(adjust(sku, -1));

        MimeMessage alert = awaitAlerts(sku, 1).get(0);
        assertThat(alert.getSubject()).isEqualTo("Low stock: " + sku + " in BER-1, 4 available");
        assertThat(alert.getAllRecipients()).extracting(Object::toString).containsExactly(STOCK_KEEPER, BUYER);
        currentAnswer(sku, lowerStill)
                .jsonPath("$.warehouses[0].warehouse").isEqualTo("BER-1")
                .jsonPath("$.warehouses[0].ownThreshold").isEqualTo(5)
                .jsonPath("$.warehouses[0].low").isEqualTo(true)
                .jsonPath("$.warehouses[0].lowThreshold").isEqualTo(5)
                .jsonPath("$.warehouses[0].availableWhenLow").isEqualTo(4);
        assertThat(lowItems()).contains(sku + "@BER-1");

        // A rebuild of the notifications meets the alert again and sends nothing: the outbox has its row.
        int before = projections.active("notifications").number();
        http.post().uri("/admin/projections/notifications/replay").exchange().expectStatus().isAccepted();
        await().atMost(Checkouts.PATIENCE).until(() -> projections.active("notifications").number() > before);
        // The sender takes due rows oldest first: once a later alert is here, a repeat of the first would be too.
        String later = newSku();
        shop.registerStock(later, "HAM-1", 3).expectStatus().isCreated();
        setThreshold(later, "HAM-1", 3).expectStatus().isAccepted();
        awaitAlerts(later, 1);

        assertThat(alertsAbout(sku, STOCK_KEEPER)).hasSize(1);
        assertThat(alertsAbout(sku, BUYER)).hasSize(1);
        assertThat(jdbc.queryForList("SELECT status || ' ' || attempts || ' ' || recipient FROM notification_outbox"
                        + " WHERE kind = 'LOW_STOCK_REACHED' AND variables ->> 'sku' = ?", String.class, sku))
                .containsExactly("SENT 1 " + STOCK_KEEPER + ", " + BUYER);

        // Back above the threshold: low no more, and off the staff's list.
        String restocked = Shop.positionOf(shop.post("/stock/" + sku + "/receipts",
                Map.of("warehouse", "BER-1", "quantity", 10, "receiptReference", "PO-LOW-1")));
        currentAnswer(sku, restocked)
                .jsonPath("$.warehouses[0].low").isEqualTo(false)
                .jsonPath("$.warehouses[0].ownThreshold").isEqualTo(5);
        assertThat(lowItems()).doesNotContain(sku + "@BER-1");
        assertThat(alertsAbout(sku, STOCK_KEEPER)).hasSize(1);
    }

    @Test
    void clearingTheOwnThresholdWithoutAShopDefaultEndsTheAlert() {
        String sku = newSku();
        shop.registerStock(sku, "BER-1", 2).expectStatus().isCreated();
        String low = Shop.positionOf(setThreshold(sku, "BER-1", 2));
        currentAnswer(sku, low).jsonPath("$.warehouses[0].low").isEqualTo(true);

        String cleared = Shop.positionOf(http.delete().uri("/stock/" + sku + "/low-stock-threshold?warehouse=BER-1").exchange());

        currentAnswer(sku, cleared)
                .jsonPath("$.warehouses[0].low").isEqualTo(false)
                .jsonPath("$.warehouses[0].ownThreshold").doesNotExist();
    }

    @Test
    void thresholdsOutOfRangeAndBadPagesAreRefusedFieldByField() {
        String sku = newSku();
        shop.registerStock(sku, "BER-1", 2).expectStatus().isCreated();

        invalid(setThreshold(sku, "BER-1", -1), "threshold");
        invalid(setThreshold(sku, "BER-1", 1_000_001), "threshold");
        invalid(http.put().uri("/stock/" + sku + "/low-stock-threshold").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("threshold", 3)).exchange(), "warehouse");
        invalid(http.delete().uri("/stock/" + sku + "/low-stock-threshold").exchange(), "warehouse");
        invalid(http.get().uri("/low-stock?limit=0").exchange(), "limit");
        invalid(http.get().uri("/low-stock?limit=201").exchange(), "limit");
        invalid(http.get().uri("/low-stock?after=no-warehouse").exchange(), "after");
        // Only a registered stock item has a threshold.
        setThreshold(sku, "NOWHERE-9", 3).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String newSku() {
        return "LOW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private WebTestClient.ResponseSpec setThreshold(String sku, String warehouse, int threshold) {
        return http.put().uri("/stock/" + sku + "/low-stock-threshold").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("warehouse", warehouse, "threshold", threshold)).exchange();
    }

    private WebTestClient.ResponseSpec adjust(String sku, int delta) {
        return shop.post("/stock/" + sku + "/adjustments", Map.of("warehouse", "BER-1", "delta", delta, "reason", "count"));
    }

    /** The SKU's alerts once the read model has the write at {@code position} (asked again until it says so). */
    private WebTestClient.BodyContentSpec currentAnswer(String sku, String position) {
        await().atMost(Checkouts.PATIENCE).until(() -> "current".equals(shop.read("/stock/" + sku + "/low-stock", position)
                .expectStatus().isOk().returnResult(Void.class).getResponseHeaders()
                .getFirst(ReadYourWrites.CONSISTENCY_HEADER)));
        return shop.read("/stock/" + sku + "/low-stock", position).expectStatus().isOk().expectBody();
    }

    /** The first page of low items (only this class gives items thresholds, so one page holds them all). */
    @SuppressWarnings("unchecked")
    private List<String> lowItems() {
        Map<String, Object> page = http.get().uri("/low-stock?limit=200").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(page).containsEntry("next", null);
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .map(item -> item.get("sku") + "@" + item.get("warehouse")).toList();
    }

    /**
     * The alerts about a SKU that name {@code address}, one per message sent: GreenMail keeps a copy of a message
     * in each recipient's mailbox, and the copies share the Message-ID that the sender gave the message.
     */
    private static List<MimeMessage> alertsAbout(String sku, String address) {
        Map<String, MimeMessage> byMessageId = new LinkedHashMap<>();
        RealServers.smtp().receivedBy(address).stream()
                .filter(mail -> header(mail, "Subject").contains(" " + sku + " "))
                .forEach(mail -> byMessageId.putIfAbsent(header(mail, "Message-ID"), mail));
        return List.copyOf(byMessageId.values());
    }

    private static List<MimeMessage> awaitAlerts(String sku, int count) {
        await().atMost(Checkouts.PATIENCE).until(() -> alertsAbout(sku, STOCK_KEEPER).size() >= count);
        List<MimeMessage> alerts = alertsAbout(sku, STOCK_KEEPER);
        assertThat(alerts).as("alerts about %s", sku).hasSize(count);
        return alerts;
    }

    private static String header(MimeMessage mail, String name) {
        try {
            String value = mail.getHeader(name, ", ");
            if (value == null) {
                throw new IllegalStateException("a received message has no " + name);
            }
            return value;
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static void invalid(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").isNotEmpty();
    }
}
