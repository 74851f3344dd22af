package io.ultramarket.commerce.sagas.resilience;

import io.ultramarket.commerce.sagas.payment.AuthorizationRequest;
import io.ultramarket.commerce.sagas.payment.AuthorizationResult;
import io.ultramarket.commerce.sagas.payment.CancelRequest;
import io.ultramarket.commerce.sagas.payment.Cancelled;
import io.ultramarket.commerce.sagas.payment.CaptureRequest;
import io.ultramarket.commerce.sagas.payment.Captured;
import io.ultramarket.commerce.sagas.payment.PaymentGateway;
import io.ultramarket.commerce.sagas.payment.PaymentProviderUnavailable;
import io.ultramarket.commerce.sagas.payment.RefundRequest;
import io.ultramarket.commerce.sagas.payment.Refunded;
import reactor.core.publisher.Mono;

/** A payment provider whose every call is protected by {@link ProviderResilience}. */
public final class ResilientPaymentGateway implements PaymentGateway {

    private final PaymentGateway provider;
    private final ProviderResilience<PaymentProviderUnavailable> resilience;

    public ResilientPaymentGateway(PaymentGateway provider, ProviderResilience<PaymentProviderUnavailable> resilience) {
        this.provider = provider;
        this.resilience = resilience;
    }

    // Mono.defer: each retry calls the provider again, even one whose Mono would not repeat its work.
    @Override
    public Mono<AuthorizationResult> authorize(AuthorizationRequest request) {
        return resilience.protect(Mono.defer(() -> provider.authorize(request)));
    }

    @Override
    public Mono<Captured> capture(CaptureRequest request) {
        return resilience.protect(Mono.defer(() -> provider.capture(request)));
    }

    @Override
    public Mono<Cancelled> cancel(CancelRequest request) {
        return resilience.protect(Mono.defer(() -> provider.cancel(request)));
    }

    @Override
    public Mono<Refunded> refund(RefundRequest request) {
        return resilience.protect(Mono.defer(() -> provider.refund(request)));
    }
}
