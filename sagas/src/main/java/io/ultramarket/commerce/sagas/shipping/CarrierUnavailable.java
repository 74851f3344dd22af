package io.ultramarket.commerce.sagas.shipping;

/** The carrier gave no usable answer (timeout, 5xx, open circuit); the call may be repeated. */
public class CarrierUnavailable extends RuntimeException {

    public CarrierUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
