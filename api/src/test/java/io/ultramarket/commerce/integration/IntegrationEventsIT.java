package io.ultramarket.commerce.integration;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.integration.PublishedEvents.Published;
import io.ultramarket.commerce.servers.KafkaServer;
import io.ultramarket.commerce.servers.RealServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Integration events on the real Kafka broker of the run, read back by a plain consumer: every event of
 * every checkout and order, on its aggregate's topic, keyed by the aggregate id, in the aggregate's order
 * with no sequence number missing, each valid against its JSON Schema; and none lost when the broker is
 * down for a while. The app creates its topics with 12 partitions (the default), and each aggregate's records
 * stay in one. No stock is registered for the SKU, so the checkout saga places each order and rejects
 * it: every order is an {@code OrderPlaced} followed by an {@code OrderRejected}.
 */
@ApiIntegrationTest
class IntegrationEventsIT {

    private static final List<String> CART_EVENTS = List.of("CartCreated", "ItemAddedToCart", "CartCheckedOut");
    private static final List<String> ORDER_EVENTS = List.of("OrderPlaced", "OrderRejected");

    @Autowired
    WebTestClient http;
    Shop shop;
    String sku;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        sku = "KAFKA-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    @Test
    void aPlainConsumerReadsEveryEventOfAFewHundredOrdersInEachAggregatesOrderWithoutGaps() {
        List<Checkout> checkouts = checkOut(300);

        try (PublishedEvents published = new PublishedEvents(RealServers.kafka().bootstrapServers())) {
            awaitEveryEventOf(checkouts, published);
            assertEachAggregatesEventsInOrder(checkouts, published);
            assertThat(published.all()).allSatisfy(record -> {
                assertThat(record.headers()).containsKeys("event-id", "event-type", "event-revision", "event-schema",
                        "aggregate-type", "aggregate-sequence", "global-position", "occurred-at");
                assertThat(PublishedEvents.violations(record)).as("%s %s", record.type(), new String(record.value()))
                        .isEmpty();
                assertThat(new String(record.value())).as("no payment token leaves the core").doesNotContain("\"token\"");
            });
            assertThat(published.all().stream().filter(record -> record.topic().equals("commerce.order.v1"))
                    .map(Published::partition).distinct().count())
                    .as("300 orders spread over the topic's partitions, for consumer groups of more than one").isGreaterThan(1);
        }
    }

    @Test
    void theAppCreatesItsTopicsWithTheConfiguredPartitions() throws Exception {
        checkOut(1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers()))) {
            await().atMost(Duration.ofMinutes(1)).until(() -> admin.listTopics().names().get()
                    .containsAll(List.of("commerce.cart.v1", "commerce.order.v1")));
            Map<String, TopicDescription> topics = admin.describeTopics(List.of("commerce.cart.v1", "commerce.order.v1"))
                    .allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(12));
        }
    }

    @Test
    void noEventIsMissingWhenTheBrokerIsStoppedAndRestartedMidStream() {
        KafkaServer kafka = RealServers.kafka();
        List<Checkout> checkouts = new ArrayList<>(checkOut(50));
        kafka.stopKeepingData();
        try {
            checkouts.addAll(checkOut(50)); // commands succeed while the broker is away
        } finally {
            kafka.restart();
        }
        checkouts.addAll(checkOut(50));

        try (PublishedEvents published = new PublishedEvents(kafka.bootstrapServers())) {
            awaitEveryEventOf(checkouts, published);
            assertEachAggregatesEventsInOrder(checkouts, published);
        }
    }

    @Test
    void aConsumerGroupOfThreeSharesTheOrderTopicsPartitionsAndEachOrderStaysWithOneMember() {
        checkOut(1); // the topic exists before the group subscribes
        String bootstrapServers = RealServers.kafka().bootstrapServers();
        String group = "order-consumers-" + UUID.randomUUID();
        List<PublishedEvents> members = List.of(
                new PublishedEvents(bootstrapServers, group, Pattern.compile("commerce\\.order\\.v1")),
                new PublishedEvents(bootstrapServers, group, Pattern.compile("commerce\\.order\\.v1")),
                new PublishedEvents(bootstrapServers, group, Pattern.compile("commerce\\.order\\.v1")));
        try {
            // Until the group settles: every member holds partitions, together all twelve.
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ZERO).until(() -> {
                members.forEach(member -> member.poll(Duration.ofMillis(200)));
                return members.stream().noneMatch(member -> member.assignment().isEmpty())
                        && members.stream().mapToLong(member -> member.assignment().size()).sum() == 12;
            });
            List<Checkout> checkouts = checkOut(60);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ZERO).until(() -> {
                members.forEach(member -> member.poll(Duration.ofMillis(200)));
                return checkouts.stream().allMatch(checkout -> members.stream()
                        .mapToInt(member -> member.of(checkout.orderId().toString()).size()).sum() >= ORDER_EVENTS.size());
            });
            assertThat(checkouts).allSatisfy(checkout -> {
                List<List<Published>> byMember = members.stream().map(member -> member.of(checkout.orderId().toString()))
                        .filter(events -> !events.isEmpty()).toList();
                assertThat(byMember).as("the members that read order %s", checkout.orderId()).hasSize(1);
                assertThat(byMember.get(0)).extracting(Published::sequence).containsExactly(0L, 1L);
            });
        } finally {
            members.forEach(PublishedEvents::close);
        }
    }

    private void awaitEveryEventOf(List<Checkout> checkouts, PublishedEvents published) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ZERO).until(() -> {
            published.poll();
            return checkouts.stream().allMatch(checkout -> published.of(checkout.cartId().toString()).size() >= CART_EVENTS.size()
                    && published.of(checkout.orderId().toString()).size() >= ORDER_EVENTS.size());
        });
    }

    private static void assertEachAggregatesEventsInOrder(List<Checkout> checkouts, PublishedEvents published) {
        assertThat(checkouts).allSatisfy(checkout -> {
            List<Published> cart = published.of(checkout.cartId().toString());
            assertThat(cart).extracting(Published::type).containsExactlyElementsOf(CART_EVENTS);
            assertThat(cart).extracting(Published::sequence).containsExactly(0L, 1L, 2L);
            assertThat(cart).extracting(Published::topic).containsOnly("commerce.cart.v1");
            assertThat(cart).extracting(Published::partition).containsOnly(cart.get(0).partition());
            List<Published> order = published.of(checkout.orderId().toString());
            assertThat(order).extracting(Published::type).containsExactlyElementsOf(ORDER_EVENTS);
            assertThat(order).extracting(Published::sequence).containsExactly(0L, 1L);
            assertThat(order).extracting(Published::topic).containsOnly("commerce.order.v1");
            assertThat(order).extracting(Published::partition).containsOnly(order.get(0).partition());
        });
    }

    /**
     * {@code count} carts of one line each, checked out by 8 clients at once; their orders follow. One goes
     * first alone: when this class starts the context, the first JSON bodies of each type build Jackson's
     * deserializers under a lock, and 8 requests waiting on it at once are blocking calls to BlockHound.
     */
    private List<Checkout> checkOut(int count) {
        Checkout first = checkOutOne();
        return Flux.range(1, count - 1)
                .flatMap(index -> Mono.fromCallable(this::checkOutOne).subscribeOn(Schedulers.boundedElastic()), 8)
                .startWith(first)
                .collectList()
                .block(Duration.ofMinutes(5));
    }

    private Checkout checkOutOne() {
        UUID cartId = shop.createCart();
        shop.addItem(cartId, sku, 1, "4.20").expectStatus().isAccepted();
        Map<?, ?> answer = shop.checkOut(cartId).expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        return new Checkout(cartId, UUID.fromString(answer.get("orderId").toString()));
    }

    private record Checkout(UUID cartId, UUID orderId) {
    }
}
