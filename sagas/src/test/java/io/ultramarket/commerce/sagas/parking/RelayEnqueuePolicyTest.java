package io.ultramarket.commerce.sagas.parking;

import io.ultramarket.commerce.sagas.payment.PaymentProviderRejected;
import io.ultramarket.commerce.sagas.payment.PaymentProviderUnavailable;
import io.ultramarket.commerce.sagas.shipping.CarrierUnavailable;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a relay parks, and what it leaves to its processor to try again (ADR 0049). */
class RelayEnqueuePolicyTest {

    private static final EventMessage<?> CAPTURE = GenericEventMessage.asEventMessage("capture requested");

    private final RelayEnqueuePolicy payments = new RelayEnqueuePolicy(PaymentProviderUnavailable.class);
    private final RelayEnqueuePolicy carriers = new RelayEnqueuePolicy(CarrierUnavailable.class);

    @Test
    void aRefusalIsParkedAtOnceWithItsCause() {
        PaymentProviderRejected refused = new PaymentProviderRejected("no authorization pi_1");

        EnqueueDecision<EventMessage<?>> decision = payments.decide(letter(refused), refused);

        assertThat(decision.shouldEnqueue()).isTrue();
        // What the table keeps and GET /admin/dead-letters shows: the refusal's type and message.
        assertThat(decision.enqueueCause()).hasValueSatisfying(cause -> {
            assertThat(cause).isInstanceOfSatisfying(ThrowableCause.class,
                    kept -> assertThat(kept.type()).isEqualTo(PaymentProviderRejected.class.getName()));
            assertThat(cause.getMessage()).isEqualTo("no authorization pi_1");
        });
    }

    @Test
    void aBugIsParkedToo() {
        IllegalStateException bug = new IllegalStateException("no quote for a parcel of 0 g");

        assertThat(carriers.decide(letter(bug), bug).shouldEnqueue()).isTrue();
    }

    @Test
    void anUnavailableRemoteIsThrownOnForTheProcessorToRetryNotSkipped() {
        // "Do not enqueue" would make Axon skip the event: a capture lost in an outage.
        PaymentProviderUnavailable away = new PaymentProviderUnavailable("payments did not answer within 2s", null);
        RuntimeException wrapped = new RuntimeException("handler failed", away);

        assertThatThrownBy(() -> payments.decide(letter(wrapped), wrapped)).isSameAs(wrapped);
        CarrierUnavailable carrierAway = new CarrierUnavailable("no carrier quoted order 1", null);
        assertThatThrownBy(() -> carriers.decide(letter(carrierAway), carrierAway)).isSameAs(carrierAway);
    }

    @Test
    void ourOwnInfrastructureFailingForAMomentIsRetriedToo() {
        SQLException lostConnection = new SQLException("connection reset", "08006");
        CannotAcquireLockException deadlock = new CannotAcquireLockException("deadlock", new SQLException("deadlock", "40P01"));

        assertThat(payments.passesByItself(new RuntimeException(lostConnection))).isTrue();
        assertThatThrownBy(() -> payments.decide(letter(deadlock), deadlock)).isSameAs(deadlock);
    }

    @Test
    void oneRelaysUnavailableIsAnotherRelaysBug() {
        // The shipping relay never calls the payment provider: such a failure there fails the same way each time.
        assertThat(carriers.passesByItself(new PaymentProviderUnavailable("?", null))).isFalse();
    }

    @Test
    void anOperatorsRetryThatFailsLeavesTheEventParkedWhateverTheFailure() {
        // Axon evicts a retried letter on "do not enqueue", and a throw would abort the retry: both requeue here.
        PaymentProviderUnavailable away = new PaymentProviderUnavailable("still away", null);
        PaymentProviderRejected refused = new PaymentProviderRejected("still no authorization");

        assertThat(duringRetry(away).shouldEnqueue()).isTrue();
        EnqueueDecision<EventMessage<?>> refusedAgain = duringRetry(refused);
        assertThat(refusedAgain.shouldEnqueue()).isTrue();
        assertThat(refusedAgain.enqueueCause()).hasValueSatisfying(cause ->
                assertThat(cause.getMessage()).isEqualTo("still no authorization"));
    }

    /** Decides as Axon's retry of a parked letter does: in a unit of work that holds the letter. */
    private EnqueueDecision<EventMessage<?>> duringRetry(Throwable failure) {
        DeadLetter<EventMessage<?>> letter = letter(failure);
        UnitOfWork<EventMessage<?>> retry = DefaultUnitOfWork.startAndGet(CAPTURE);
        AtomicReference<EnqueueDecision<EventMessage<?>>> decision = new AtomicReference<>();
        try {
            retry.resources().put(DeadLetter.class.getName(), letter);
            decision.set(payments.decide(letter, failure));
        } finally {
            retry.rollback();
        }
        return decision.get();
    }

    private static DeadLetter<EventMessage<?>> letter(Throwable cause) {
        return new GenericDeadLetter<>("payment-1", CAPTURE, cause);
    }
}
