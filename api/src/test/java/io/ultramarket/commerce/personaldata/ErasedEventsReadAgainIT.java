package io.ultramarket.commerce.personaldata;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event read after its subject was erased reads as erased, even when another reader of the store had opened it
 * before the erasure (ADR 0086). Every processor that has caught up reads the store's cache of recent events, so one
 * that reads an event later than another (it lags, reads a failed batch again, or takes over a segment) is handed the
 * same event: it must not be handed what the first reader decrypted.
 */
@ApiIntegrationTest
class ErasedEventsReadAgainIT {

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore events;

    @Test
    void anEventOpenedBeforeItsSubjectWasErasedReadsAsErasedWhenReadAfterwards() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> later = events.openStream(events.createHeadToken())) {
            // Read to the head: from then on this stream follows the cache of recent events, as caught-up processors do.
            while (later.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                later.nextAvailable();
            }
            String username = "rhea-" + UUID.randomUUID().toString().substring(0, 8);
            Consumer<Map<String, Object>> rhea = TestUsers.as(username);
            UUID customerId = UUID.fromString(http.get().uri("/customers/me").attributes(rhea).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("customerId").toString());
            // The customers' projection has opened the registration: its row holds the email.
            await().untilAsserted(() -> assertThat(jdbc.queryForList(
                    "SELECT customer ->> 'email' FROM customer_view WHERE customer_id = ?", String.class, customerId))
                    .containsExactly(username + "@example.com"));

            http.delete().uri("/customers/me/personal-data").attributes(rhea).exchange().expectStatus().isOk();

            CustomerRegistered registered = registrationOf(customerId, later);
            assertThat(registered.email()).isEqualTo("erased");
            assertThat(registered.name()).isIn(null, "erased");
        }
    }

    private static CustomerRegistered registrationOf(UUID customerId, BlockingStream<TrackedEventMessage<?>> stream)
            throws InterruptedException {
        while (stream.hasNextAvailable(30, TimeUnit.SECONDS)) {
            TrackedEventMessage<?> event = stream.nextAvailable();
            if (event instanceof DomainEventMessage<?> domain
                    && domain.getAggregateIdentifier().equals(customerId.toString())
                    && event.getPayloadType().equals(CustomerRegistered.class)) {
                return (CustomerRegistered) event.getPayload();
            }
        }
        throw new AssertionError("the registration of " + customerId + " was not read");
    }
}
