package io.ultramarket.commerce.integration;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.integration.PublishedEvents.Published;
import io.ultramarket.commerce.projections.integration.IntegrationEventPublisher;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.servers.RealServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event the broker refuses (a record larger than its topic takes) is parked with its aggregate's later
 * events, while the rest of its batch and other aggregates' events are published; an operator retries it
 * once the topic takes it. (The broker being away parks nothing: {@code IntegrationEventsIT}.)
 */
@ApiIntegrationTest
class IntegrationEventPoisonIT {

    private static final String STOCK_TOPIC = "commerce.stock-item.v1";
    private static final Duration PUBLISHED = Duration.ofSeconds(90);

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    IntegrationEventPublisher publisher;

    @Test
    void aRecordTheBrokerRefusesIsParkedWithItsAggregatesLaterEventsAndRetriedAfterTheFix() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        var poisoned = StockItemId.of("KP-P-" + run, "BER-1");
        var healthy = StockItemId.of("KP-H-" + run, "BER-1");
        String bootstrapServers = RealServers.kafka().bootstrapServers();
        try (PublishedEvents published = new PublishedEvents(bootstrapServers);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            commands.sendAndWait(new RegisterStockItem(poisoned, 1));
            commands.sendAndWait(new RegisterStockItem(healthy, 1));
            await().atMost(PUBLISHED).until(() -> typesOf(published, poisoned).size() == 1 && typesOf(published, healthy).size() == 1);

            // The stock topic takes batches of at most 20 KB for a while: a receipt with a 40 KB reference is
            // refused. (Above the producer's 16 KB batches: a refused batch of several records is split into
            // batches of that size and sent again, and only a record that is too large alone is given up on.)
            limitRecordSize(admin, AlterConfigOp.OpType.SET);
            try {
                // The publisher is stopped while the three receipts are stored, so that they come to it in one batch:
                // the refused record and its aggregate's next one are sent by the same unit of work.
                publisher.stop();
                try {
                    commands.sendAndWait(new ReceiveStock(poisoned, Quantity.of(7), "R".repeat(40_000)));
                    commands.sendAndWait(new ReceiveStock(poisoned, Quantity.of(2), "held back"));
                    commands.sendAndWait(new ReceiveStock(healthy, Quantity.of(5), "fine"));
                } finally {
                    publisher.start();
                }

                await().atMost(PUBLISHED).until(() -> typesOf(published, healthy),
                        types -> types.equals(List.of("StockItemRegistered", "StockReceived")));
                List<Map<String, Object>> parked = await().atMost(PUBLISHED).until(() -> lettersOf(poisoned),
                        letters -> letters.size() == 2);
                assertThat(parked).extracting(letter -> letter.get("processor")).containsOnly(IntegrationEventPublisher.PROCESSOR);
                assertThat(parked.get(0).get("causeMessage").toString()).containsIgnoringCase("larger than");
                assertThat(typesOf(published, poisoned)).containsExactly("StockItemRegistered");
            } finally {
                limitRecordSize(admin, AlterConfigOp.OpType.DELETE);
            }

            http.post().uri("/admin/dead-letters/" + lettersOf(poisoned).get(0).get("id") + "/retry").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.applied").isEqualTo(true);
            assertThat(lettersOf(poisoned)).isEmpty();
            await().atMost(PUBLISHED).until(() -> sequencesOf(published, poisoned), sequences -> sequences.equals(List.of(0L, 1L, 2L)));
        }
    }

    /**
     * Sets or removes the topic's 20 KB record limit, and waits until the broker answers with it: the change is
     * applied by the broker a moment after it is acknowledged, and a record sent meanwhile would pass.
     */
    private static void limitRecordSize(Admin admin, AlterConfigOp.OpType operation) throws ExecutionException, InterruptedException {
        var topic = new ConfigResource(ConfigResource.Type.TOPIC, STOCK_TOPIC);
        var limit = new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "20480"), operation);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(limit))).all().get();
        boolean limited = operation == AlterConfigOp.OpType.SET;
        await().atMost(PUBLISHED).until(() -> "20480".equals(admin.describeConfigs(List.of(topic)).all().get().get(topic)
                .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value()) == limited);
    }

    private static List<String> typesOf(PublishedEvents published, StockItemId item) {
        published.poll();
        return published.of(item.toString()).stream().map(Published::type).toList();
    }

    private static List<Long> sequencesOf(PublishedEvents published, StockItemId item) {
        published.poll();
        return published.of(item.toString()).stream().map(Published::sequence).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lettersOf(StockItemId item) {
        List<Map<String, Object>> all = http.get().uri("/admin/dead-letters").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return all.stream().filter(letter -> item.toString().equals(letter.get("sequence"))).toList();
    }
}
