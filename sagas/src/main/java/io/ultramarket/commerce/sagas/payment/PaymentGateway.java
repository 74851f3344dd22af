package io.ultramarket.commerce.sagas.payment;

import reactor.core.publisher.Mono;

/**
 * The payment provider, as the checkout process needs it: authorize (hold) an amount, capture it, cancel
 * (void) a hold, refund captured money.
 *
 * <p>Every call is safe to repeat. An adapter sends the provider an idempotency key derived from the
 * payment (or refund) id and the step ({@link ProviderIdempotencyKey}), so a retry after a timeout returns
 * the first answer instead of charging twice.
 *
 * <p>Errors: a {@link PaymentProviderUnavailable} means the provider did not answer usefully (timeout,
 * 5xx, connection refused, circuit open); the call may or may not have taken effect there, and repeating
 * it with the same key is the way to find out. A {@link PaymentProviderRejected} means the provider
 * refused the request itself (4xx other than a decline); repeating it will not help. A card decline is
 * not an error but a {@link AuthorizationResult.Declined} answer.
 */
public interface PaymentGateway {

    Mono<AuthorizationResult> authorize(AuthorizationRequest request);

    Mono<Captured> capture(CaptureRequest request);

    Mono<Cancelled> cancel(CancelRequest request);

    Mono<Refunded> refund(RefundRequest request);
}
