package io.ultramarket.commerce.sagas.checkout;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The checkout's deadlines ({@code commerce.checkout.*}).
 *
 * @param paymentTimeout     how long the checkout waits for the provider's answer to an authorization before
 *                           it voids the payment and cancels the order
 * @param reservationTimeout how long reserved stock stays held for an order that is not yet confirmed (waiting
 *                           for review or payment); after that the order is cancelled and the units go back
 * @param returnWindow       how long after delivery the checkout stays open for returns
 */
@ConfigurationProperties("commerce.checkout")
public record CheckoutProperties(@DefaultValue("15m") Duration paymentTimeout,
                                 @DefaultValue("30m") Duration reservationTimeout,
                                 @DefaultValue("30d") Duration returnWindow) {

    public CheckoutProperties {
        requirePositive("payment-timeout", paymentTimeout);
        requirePositive("reservation-timeout", reservationTimeout);
        requirePositive("return-window", returnWindow);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("commerce.checkout." + name + " must be a positive duration, was " + value);
        }
    }
}
