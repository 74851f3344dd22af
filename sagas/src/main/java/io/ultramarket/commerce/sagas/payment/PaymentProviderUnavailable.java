package io.ultramarket.commerce.sagas.payment;

/**
 * The provider gave no usable answer (timeout, 5xx, refused connection, open circuit). The call may have
 * taken effect there: repeat it with the same idempotency key to learn the outcome.
 */
public class PaymentProviderUnavailable extends RuntimeException {

    public PaymentProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
