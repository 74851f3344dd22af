package io.ultramarket.commerce.sagas.payment;

import io.ultramarket.commerce.schemas.common.Money;

/** The provider took the money. */
public record Captured(String providerReference, Money amount) {
}
