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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Between the Payment aggregate and the provider: each payment event that asks something of the provider
 * (authorize, capture, release, refund) is carried out here, and the provider's answer comes back as a
 * command. It runs on its own tracking processor ({@value #PROCESSING_GROUP}), so the checkout saga never
 * waits on the provider; the calls block that processor's thread only. Each call is bounded and retried by
 * the resilience4j decorator around the {@link PaymentGateway} bean (time limiter, retry with the same
 * idempotency key, circuit breaker, bulkhead: ADR 0018), so this class adds no retry of its own.
 *
 * <p>An authorization the provider does not answer is given up here: the checkout's payment deadline
 * voids the payment and cancels the order. A capture, release or refund that cannot be done now
 * propagates, and the processor tries the event again later (ADR 0016): money already promised is never
 * dropped. One the provider refuses for good ({@link PaymentProviderRejected}) is parked with the
 * payment's later events, for an operator, while other payments go on (ADR 0049).
 */
@Component
@ProcessingGroup(PaymentProviderRelay.PROCESSING_GROUP)
class PaymentProviderRelay {

    static final String PROCESSING_GROUP = "payment-provider";

    private static final Logger log = LoggerFactory.getLogger(PaymentProviderRelay.class);

    private final PaymentGateway provider;
    private final CommandGateway commands;

    PaymentProviderRelay(PaymentGateway provider, CommandGateway commands) {
        this.provider = provider;
        this.commands = commands;
    }

    @EventHandler
    void on(PaymentRequested requested) {
        AuthorizationResult result;
        try {
            result = provider.authorize(new AuthorizationRequest(requested.paymentId(), requested.orderId(),
                    requested.amount(), requested.method())).block();
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

    @EventHandler
    void on(PaymentVoided voided) {
        if (voided.providerReference() == null) {
            return;
        }
        provider.cancel(new CancelRequest(voided.paymentId(), voided.providerReference(), voided.reason())).block();
    }

    @EventHandler
    void on(PaymentRefundRequested requested) {
        provider.refund(new RefundRequest(requested.paymentId(), requested.refundId(),
                requested.providerReference(), requested.amount(), requested.reason())).block();
        commands.sendAndWait(new RefundPayment(requested.paymentId(), requested.refundId(), requested.amount(),
                requested.reason()));
    }
}
