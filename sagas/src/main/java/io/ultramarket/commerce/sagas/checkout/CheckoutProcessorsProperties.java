package io.ultramarket.commerce.sagas.checkout;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many segments, each with a thread of its own, the checkout's tracking processors run on
 * ({@code commerce.checkout.processors.*}, ADR 0070). One segment handled every order's saga one event at a time:
 * each event is a transaction with its commands and a durable commit, and orders waited for each other's. The
 * saga's segments split the orders (an order's saga lives on one segment, so its events keep their order); a
 * relay's split the payments or orders as its sequencing does: with one, every call to the provider waited for the
 * calls of the payments before it (ADR 0081). The counts apply when the processor's tokens are
 * first created (a new database); a store that already has the processor's tokens keeps its segments.
 *
 * @param sagaSegments  segments and threads of the checkout saga's processor
 * @param relaySegments segments and threads of each relay's processor (payment provider, shipping)
 */
@ConfigurationProperties("commerce.checkout.processors")
public record CheckoutProcessorsProperties(@DefaultValue("4") int sagaSegments, @DefaultValue("4") int relaySegments) {

    public CheckoutProcessorsProperties {
        requireBetween("saga-segments", sagaSegments);
        requireBetween("relay-segments", relaySegments);
    }

    private static void requireBetween(String name, int value) {
        if (value < 1 || value > 32) {
            throw new IllegalArgumentException("commerce.checkout.processors." + name + " must be 1 to 32, was " + value);
        }
    }
}
