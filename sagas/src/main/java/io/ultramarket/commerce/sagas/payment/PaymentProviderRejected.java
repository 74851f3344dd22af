package io.ultramarket.commerce.sagas.payment;

/** The provider refused the request itself (a 4xx other than a decline): repeating it will not help. */
public class PaymentProviderRejected extends RuntimeException {

    public PaymentProviderRejected(String message) {
        super(message);
    }
}
