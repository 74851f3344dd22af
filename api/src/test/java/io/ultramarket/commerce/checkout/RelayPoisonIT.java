package io.ultramarket.commerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Problems;
import io.ultramarket.commerce.sagas.checkout.CheckoutIds;
import io.ultramarket.commerce.sagas.payment.SimulatedPaymentBooks;
import io.ultramarket.commerce.sagas.payment.SimulatedPaymentFaults;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The payment relay parks what the provider refuses for good, by payment, and goes on with everyone else's
 * payments; an operator retries it once the provider has fixed its side, and it is captured once. An outage
 * parks nothing: the relay keeps trying, and catches up when the provider is back (ADR 0049). The faults are
 * the simulated provider's own switches, per card ({@link SimulatedPaymentFaults}).
 */
@ApiIntegrationTest
class RelayPoisonIT {

    private static final String PAYMENT_RELAY = "payment-provider";
    private static final int LATER_ORDERS = 15;
    /** Attempts per call of the resilience decorator around the provider (commerce.resilience.payments.max-attempts). */
    private static final int ATTEMPTS_PER_CALL = 3;

    @Autowired
    WebTestClient http;
    @Autowired
    SimulatedPaymentFaults faults;
    @Autowired
    SimulatedPaymentBooks provider;
    @Autowired
    EventProcessingConfiguration processing;
    Checkouts shop;
    ParkedWork parked;
    private final List<String> faultyCards = new ArrayList<>();

    @BeforeEach
    void setUp() {
        shop = new Checkouts(http);
        parked = new ParkedWork(http);
    }

    @AfterEach
    void removeFaults() {
        faultyCards.forEach(card -> {
            faults.restoreAuthorizationsOf(card);
            faults.reconnect(card);
        });
    }

    @Test
    void aCaptureTheProviderRefusesIsParkedAloneAndCapturedOnceWhenRetried() {
        String mug = Checkouts.newSku("REFUSED-CAPTURE-MUG");
        shop.stock(mug, "BER-1", LATER_ORDERS + 1);
        String card = faultyCard();
        faults.loseAuthorizationsOf(card);

        UUID unlucky = shop.checkOut(Map.of(mug, 1), "12.50", card, "parcelpost:standard");
        UUID payment = CheckoutIds.paymentOf(unlucky);
        JsonNode letter = await().atMost(Checkouts.PATIENCE).until(() -> parkedPaymentWork(payment), Optional::isPresent).orElseThrow();
        assertThat(letter.get("kind").asText()).isEqualTo("dead-letter");
        assertThat(letter.get("processor").asText()).isEqualTo(PAYMENT_RELAY);
        assertThat(letter.get("eventType").asText()).isEqualTo("PaymentCaptureRequested");
        assertThat(letter.get("causeType").asText()).endsWith("PaymentProviderRejected");
        assertThat(letter.get("causeMessage").asText()).contains("no authorization");

        // Everyone else's payments go on past it: authorized, captured, shipped and delivered.
        List<UUID> later = new ArrayList<>();
        for (int i = 0; i < LATER_ORDERS; i++) {
            later.add(shop.checkOut(Map.of(mug, 1), "12.50", Checkouts.goodCard(), "parcelpost:standard"));
        }
        later.forEach(order -> shop.awaitOrder(order, "DELIVERED"));
        assertThat(later).allSatisfy(order -> {
            assertThat(provider.capturesOf(CheckoutIds.paymentOf(order))).isEqualTo(1);
            assertThat(parkedPaymentWork(CheckoutIds.paymentOf(order))).isEmpty();
        });
        assertThat(provider.capturesOf(payment)).isZero();
        assertThat(shop.statusOf(unlucky)).isEqualTo("CONFIRMED");
        assertThat(parked.health().at("/components/parkedItems/status").asText()).isEqualTo("WARNING");
        assertThat(parked.health().at("/components/parkedItems/details/byProcessor/" + PAYMENT_RELAY).asLong()).isGreaterThanOrEqualTo(1);
        await().atMost(Checkouts.PATIENCE).until(() -> parked.gauge(PAYMENT_RELAY).orElse(0.0) >= 1);

        // Retried while the provider still refuses: it stays parked, with the refusal again.
        String id = letter.get("id").asText();
        parked.retry(id).expectStatus().isOk().expectBody().jsonPath("$.applied").isEqualTo(false);
        assertThat(parkedPaymentWork(payment)).isPresent();

        faults.restoreAuthorizationsOf(card);
        parked.retry(id).expectStatus().isOk().expectBody().jsonPath("$.applied").isEqualTo(true);

        assertThat(parkedPaymentWork(payment)).isEmpty();
        shop.awaitOrder(unlucky, "DELIVERED");
        assertThat(shop.awaitPayment(unlucky, "CAPTURED").get("status").asText()).isEqualTo("CAPTURED");
        assertThat(provider.capturesOf(payment)).as("captured once, not twice").isEqualTo(1);
        Problems.expectProblem(parked.retry(id), 404, "/problems/not-found");
    }

    @Test
    void anOutageParksNothingAndEveryCaptureHappensOnceTheProviderIsBack() {
        String lamp = Checkouts.newSku("OUTAGE-LAMP");
        shop.stock(lamp, "BER-1", 3);
        List<String> cards = List.of(faultyCard(), faultyCard(), faultyCard());
        cards.forEach(faults::cutOff);

        List<UUID> orders = cards.stream()
                .map(card -> shop.checkOut(Map.of(lamp, 1), "29.00", card, "parcelpost:standard"))
                .toList();
        // More answers than one call's attempts: the relay's processor tried the capture again, and again,
        // rather than parking it (or skipping it).
        await().atMost(Checkouts.PATIENCE).until(() -> cards.stream().mapToInt(faults::unavailableAnswersTo).sum()
                > 2 * ATTEMPTS_PER_CALL);
        assertThat(orders).allSatisfy(order -> {
            assertThat(parkedPaymentWork(CheckoutIds.paymentOf(order))).isEmpty();
            assertThat(provider.capturesOf(CheckoutIds.paymentOf(order))).isZero();
        });

        cards.forEach(faults::reconnect);

        orders.forEach(order -> shop.awaitOrder(order, "DELIVERED"));
        assertThat(orders).allSatisfy(order -> {
            assertThat(provider.capturesOf(CheckoutIds.paymentOf(order))).isEqualTo(1);
            assertThat(parkedPaymentWork(CheckoutIds.paymentOf(order))).isEmpty();
        });
    }

    @Test
    void bothRelaysCanBeRetriedThroughAxon() {
        // No carrier refuses a shipment for good (the simulated ones accept every parcel; they can only be
        // away), so the shipping relay's parking is shown by its rules (RelayEnqueuePolicyTest) and wiring.
        assertThat(processing.sequencedDeadLetterProcessor(PAYMENT_RELAY)).isPresent();
        assertThat(processing.sequencedDeadLetterProcessor("shipping")).isPresent();
    }

    private String faultyCard() {
        String card = Checkouts.goodCard();
        faultyCards.add(card);
        return card;
    }

    /** The payment relay's parked event of this payment, if any (its sequence is the payment id). */
    private Optional<JsonNode> parkedPaymentWork(UUID paymentId) {
        return parked.find(item -> PAYMENT_RELAY.equals(item.get("processor").asText())
                && paymentId.toString().equals(item.get("sequence").asText()));
    }
}
