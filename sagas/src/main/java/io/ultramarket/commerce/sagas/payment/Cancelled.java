package io.ultramarket.commerce.sagas.payment;

/** The provider released the hold. */
public record Cancelled(String providerReference) {
}
