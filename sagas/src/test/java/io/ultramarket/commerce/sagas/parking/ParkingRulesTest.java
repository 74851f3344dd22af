package io.ultramarket.commerce.sagas.parking;

import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderConfirmed;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptureRequested;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentDeclined;
import io.ultramarket.commerce.schemas.payment.PaymentEvent;
import io.ultramarket.commerce.schemas.payment.PaymentRefundRequested;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import io.ultramarket.commerce.schemas.stock.StockEvent;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.stock.StockReservationCommitted;
import io.ultramarket.commerce.schemas.stock.StockReservationReleased;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.eventhandling.Segment;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Currency;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of parking by order: which order an event belongs to, and which failures are worth a retry. */
class ParkingRulesTest {

    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID REFUND = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
    private static final Money TOTAL = Money.of("20.00", "EUR");
    private static final StockItemId MUG = StockItemId.of("MUG", "BER-1");

    private static final List<PaymentEvent> EVERY_PAYMENT_EVENT = List.of(
            new PaymentRequested(PAYMENT, ORDER, TOTAL, new PaymentMethod("card", "pm_card_visa")),
            new PaymentAuthorized(PAYMENT, ORDER, "pi_1", TOTAL),
            new PaymentDeclined(PAYMENT, ORDER, "declined"),
            new PaymentCaptureRequested(PAYMENT, ORDER, "pi_1", TOTAL),
            new PaymentCaptured(PAYMENT, ORDER, TOTAL),
            new PaymentVoided(PAYMENT, ORDER, "timed out", "pi_1"),
            new PaymentRefundRequested(PAYMENT, ORDER, REFUND, "pi_1", TOTAL, "returned"),
            new PaymentRefunded(PAYMENT, ORDER, REFUND, TOTAL, TOTAL, "returned"));

    @Test
    void aCheckedOutCartBelongsToTheOrderItBecomes() {
        var checkedOut = new CartCheckedOut(UUID.randomUUID(), ORDER, UUID.randomUUID(),
                List.of(new OrderLine(Sku.of("MUG"), Quantity.of(2), Money.of("10.00", "EUR"))), TOTAL,
                new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE"), "parcelpost:standard",
                new PaymentMethod("card", "pm_card_visa"), List.of(), null);

        assertThat(OrderSequencing.orderOf(checkedOut)).contains(ORDER);
    }

    @Test
    void orderEventsBelongToTheirOrder() {
        assertThat(OrderSequencing.orderOf(new OrderConfirmed(ORDER))).contains(ORDER);
        assertThat(OrderSequencing.orderOf(new OrderShipped(ORDER, "parcelpost", "PP-1"))).contains(ORDER);
        assertThat(OrderSequencing.orderOf(new OrderCancelled(ORDER, "changed my mind"))).contains(ORDER);
    }

    @Test
    void everyPaymentEventBelongsToTheOrderItPays() {
        List<Class<?>> listed = EVERY_PAYMENT_EVENT.stream().<Class<?>>map(Object::getClass).toList();
        assertThat(listed).as("every payment event is listed here")
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(PaymentEvent.class.getPermittedSubclasses()));
        assertThat(EVERY_PAYMENT_EVENT).allSatisfy(event -> assertThat(OrderSequencing.orderOf(event)).contains(ORDER));
    }

    @Test
    void stockEventsOfAReservationBelongToTheOrderThatReservedAndOthersToNone() {
        List<StockEvent> reservations = List.of(new StockReserved(MUG, ORDER, Quantity.of(1), 4),
                new StockReservationReleased(MUG, ORDER, Quantity.of(1), "cancelled"),
                new StockReservationCommitted(MUG, ORDER, Quantity.of(1), 3));

        assertThat(reservations).allSatisfy(event -> assertThat(OrderSequencing.orderOf(event)).contains(ORDER));
        assertThat(OrderSequencing.orderOf(new StockReceived(MUG, Quantity.of(5), "delivery", 5))).isEmpty();
    }

    @Test
    void aCartBeingFilledBelongsToNoOrder() {
        assertThat(OrderSequencing.orderOf(new CartCreated(UUID.randomUUID(), UUID.randomUUID(), false, Currency.getInstance("EUR")))).isEmpty();
    }

    @Test
    void lostConnectionsTimeoutsRollbacksAndShutdownsAreTransient() {
        assertThat(FailureClassification.isTransient(wrapped(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(FailureClassification.isTransient(wrapped(new SQLException("could not serialize", "40001")))).isTrue();
        assertThat(FailureClassification.isTransient(wrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(FailureClassification.isTransient(wrapped(new SQLException("too many connections", "53300")))).isTrue();
        assertThat(FailureClassification.isTransient(wrapped(new SQLException("admin shutdown", "57P01")))).isTrue();
        assertThat(FailureClassification.isTransient(wrapped(new SocketTimeoutException("read timed out")))).isTrue();
        assertThat(FailureClassification.isTransient(new CannotAcquireLockException("lock"))).isTrue();
    }

    @Test
    void anOrderBelongsToExactlyOneOfTheSagasSegments() {
        List<Segment> four = Segment.splitBalanced(Segment.ROOT_SEGMENT, 3);
        for (int order = 0; order < 200; order++) {
            UUID orderId = UUID.randomUUID();
            assertThat(four).filteredOn(segment -> SagaSegments.owns(segment, orderId)).hasSize(1);
        }
        assertThat(SagaSegments.owns(Segment.ROOT_SEGMENT, UUID.randomUUID())).isTrue();
    }

    @Test
    void aLockCycleBetweenSegmentsAndALostRaceForAnAggregateAreTransient() {
        assertThat(FailureClassification.isTransient(new CommandExecutionException("reserve failed", new DeadlockException(
                "an imminent deadlock was detected")))).isTrue();
        assertThat(FailureClassification.isTransient(new ConcurrencyException("stock item changed meanwhile"))).isTrue();
    }

    @Test
    void overflowsConstraintsAndBugsArePermanent() {
        assertThat(FailureClassification.isTransient(wrapped(new SQLException("numeric field overflow", "22003")))).isFalse();
        assertThat(FailureClassification.isTransient(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(FailureClassification.isTransient(wrapped(new SQLException("query canceled", "57014")))).isFalse();
        assertThat(FailureClassification.isTransient(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void theRootCauseIsWhatTheOperatorReads() {
        SQLException overflow = new SQLException("numeric field overflow", "22003");

        assertThat(FailureClassification.rootCause(wrapped(overflow))).isSameAs(overflow);
    }

    @Test
    void aTransientFailureIsRetriedWithGrowingBackoffAndParkedWhenAttemptsRunOut() {
        FailureMemory memory = new FailureMemory(
                new PoisonProperties(new PoisonProperties.Retry(3, Duration.ofMillis(100), Duration.ofMillis(250)),
                        Duration.ofSeconds(10)));
        SQLException lost = new SQLException("I/O error", "08006");

        memory.failed("event-1", lost);
        assertThat(memory.parkingDecision("event-1")).isEmpty();
        assertThat(memory.backoffBefore("event-1")).isEqualTo(Duration.ofMillis(100));
        memory.failed("event-1", lost);
        assertThat(memory.backoffBefore("event-1")).isEqualTo(Duration.ofMillis(200));
        memory.failed("event-1", lost);

        assertThat(memory.parkingDecision("event-1")).hasValueSatisfying(failure -> {
            assertThat(failure.attempts()).isEqualTo(3);
            assertThat(failure.causeType()).isEqualTo(SQLException.class.getName());
        });
        assertThat(memory.backoffBefore("event-1")).isZero();
    }

    @Test
    void aPermanentFailureParksAtOnceAndASuccessForgetsEarlierFailures() {
        FailureMemory memory = new FailureMemory(
                new PoisonProperties(new PoisonProperties.Retry(5, Duration.ofMillis(100), Duration.ofSeconds(1)),
                        Duration.ofSeconds(10)));

        memory.failed("poison", new IllegalStateException("numeric field overflow"));
        memory.failed("flaky", new SQLException("I/O error", "08006"));
        memory.forget("flaky");

        assertThat(memory.parkingDecision("poison")).isPresent();
        assertThat(memory.parkingDecision("flaky")).isEmpty();
        assertThat(memory.backoffBefore("flaky")).isZero();
    }

    @Test
    void theBackoffDoublesUpToItsMaximum() {
        PoisonProperties rules = new PoisonProperties(
                new PoisonProperties.Retry(10, Duration.ofMillis(200), Duration.ofSeconds(1)), Duration.ofSeconds(10));

        assertThat(List.of(1, 2, 3, 4, 9).stream().map(rules::backoffAfter)).containsExactly(Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    private static RuntimeException wrapped(Exception cause) {
        return new IllegalStateException("the saga failed", new RuntimeException("command failed", cause));
    }
}
