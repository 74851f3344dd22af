package io.ultramarket.commerce.sagas.payment;

import io.ultramarket.commerce.schemas.payment.AuthorizePayment;
import io.ultramarket.commerce.schemas.payment.CapturePayment;
import io.ultramarket.commerce.schemas.payment.DeclinePayment;
import io.ultramarket.commerce.schemas.payment.PaymentCaptureRequested;
import io.ultramarket.commerce.schemas.payment.PaymentRefundRequested;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import io.ultramarket.commerce.schemas.payment.RefundPayment;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Between the Payment aggregate and the provider: each payment event that asks something of the provider
 * (authorize, capture, release, refund) is carried out here, and the provider's answer comes back as a
 * command. It runs on its own tracking processor ({@value #PROCESSING_GROUP}), so the checkout saga never
 * waits on the provider; the calls block that processor's thread only. Each call is bounded and retried by
 * the resilience4j decorator around the {@link PaymentGateway} bean (time limiter, retry with the same
 * idempotency key, circuit breaker, bulkhead: ADR 0018), so this class adds no retry of its own.
 *
 * <p>An authorization the provider does not answer is given up here: the checkout's payment deadline
 * voids the payment and cancels the order, and the authorization is asked again then, so that a hold the
 * provider made without its answer reaching us is released (ADR 0074). A capture, release or refund that
 * cannot be done now propagates, and the processor tries the event again later (ADR 0016): money already
 * promised is never dropped. One the provider refuses for good ({@link PaymentProviderRejected}) is parked with the
 * payment's later events, for an operator, while other payments go on (ADR 0049).
 */
@Component
@ProcessingGroup(PaymentProviderRelay.PROCESSING_GROUP)
class PaymentProviderRelay {

    static final String PROCESSING_GROUP = "payment-provider";

    private static final Logger log = LoggerFactory.getLogger(PaymentProviderRelay.class);

    private final PaymentGateway provider;
    private final CommandGateway commands;
    private final EventStore events;

    PaymentProviderRelay(PaymentGateway provider, CommandGateway commands, EventStore events) {
        this.provider = provider;
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    void on(PaymentRequested requested) {
        AuthorizationResult result;
        try {
            result = provider.authorize(authorizationOf(requested)).block();
        } catch (PaymentProviderUnavailable noAnswer) {
            log.warn("Payment {}: the provider gave no answer to the authorization; the checkout's deadline decides: {}",
                    requested.paymentId(), noAnswer.getMessage());
            return;
        } catch (PaymentProviderRejected rejected) {
            result = new AuthorizationResult.Declined(null, "rejected", rejected.getMessage());
        }
        if (result instanceof AuthorizationResult.Authorized authorized) {
            recordAuthorization(requested, authorized);
        } else if (result instanceof AuthorizationResult.Declined declined) {
            try {
                commands.sendAndWait(new DeclinePayment(requested.paymentId(), declined.code() + ": " + declined.reason()));
            } catch (RuntimeException refused) {
                log.info("Payment {}: the decline was not recorded: {}", requested.paymentId(), refused.getMessage());
            }
        }
    }

    /** An authorization that comes after the payment was given up is released again at once. */
    private void recordAuthorization(PaymentRequested requested, AuthorizationResult.Authorized authorized) {
        try {
            commands.sendAndWait(new AuthorizePayment(requested.paymentId(), authorized.providerReference(), authorized.amount()));
        } catch (RuntimeException refused) {
            log.info("Payment {}: the authorization came too late ({}); releasing it", requested.paymentId(), refused.getMessage());
            provider.cancel(new CancelRequest(requested.paymentId(), authorized.providerReference(),
                    "the payment was given up before the provider answered")).block();
        }
    }

    @EventHandler
    void on(PaymentCaptureRequested requested) {
        Captured captured = provider.capture(new CaptureRequest(requested.paymentId(),
                requested.providerReference(), requested.amount())).block();
        commands.sendAndWait(new CapturePayment(requested.paymentId(), captured.amount()));
    }

    private static AuthorizationRequest authorizationOf(PaymentRequested requested) {
        return new AuthorizationRequest(requested.paymentId(), requested.orderId(), requested.amount(), requested.method());
    }

    @EventHandler
    void on(PaymentVoided voided) {
        if (voided.providerReference() == null) {
            releaseAnUnansweredHold(voided);
            return;
        }
        provider.cancel(new CancelRequest(voided.paymentId(), voided.providerReference(), voided.reason())).block();
    }

    /**
     * A payment voided with no authorization recorded: the provider may still have made the hold and lost its
     * answer (a timeout after it acted), and would keep the money held for days. The authorization is asked again
     * with its idempotency key, so the provider answers what it did, and a hold it answers is released. One that
     * never got through is made by the repeat and released at once. Still no answer: the hold, if any, is left to
     * the provider's expiry, and the log says so.
     */
    private void releaseAnUnansweredHold(PaymentVoided voided) {
        Optional<PaymentRequested> requested = events.readEvents(voided.paymentId().toString(), 0).asStream()
                .map(event -> event.getPayload())
                .filter(PaymentRequested.class::isInstance).map(PaymentRequested.class::cast)
                .findFirst();
        if (requested.isEmpty()) {
            return;
        }
        AuthorizationResult result;
        try {
            result = provider.authorize(authorizationOf(requested.get())).block();
        } catch (PaymentProviderUnavailable | PaymentProviderRejected noAnswer) {
            log.warn("Payment {} voided: the provider still gives no usable answer to its authorization; a hold it made, "
                    + "if any, is left to expire: {}", voided.paymentId(), noAnswer.getMessage());
            return;
        }
        if (result instanceof AuthorizationResult.Authorized authorized) {
            try {
                provider.cancel(new CancelRequest(voided.paymentId(), authorized.providerReference(), voided.reason())).block();
            } catch (PaymentProviderRejected alreadyReleased) {
                log.info("Payment {} voided: its hold was released before ({})", voided.paymentId(), alreadyReleased.getMessage());
            }
        }
    }

    @EventHandler
    void on(PaymentRefundRequested requested) {
        provider.refund(new RefundRequest(requested.paymentId(), requested.refundId(),
                requested.providerReference(), requested.amount(), requested.reason())).block();
        commands.sendAndWait(new RefundPayment(requested.paymentId(), requested.refundId(), requested.amount(),
                requested.reason()));
    }
}
