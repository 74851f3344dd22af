package io.ultramarket.commerce.schemas.common;

/**
 * How the customer wants to pay: a method type (such as {@code card}) and the provider's token for it
 * (such as a tokenised card). Card numbers never enter the system, only tokens. The token can pay with the
 * customer's card: it is personal data, stored sealed under the key of the event's subject and never published
 * (ADR 0073); erased, it reads as {@value PersonalData#ERASED}.
 */
public record PaymentMethod(String type, @PersonalData String token) {

    public PaymentMethod {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("payment method type must not be blank");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("payment method token must not be blank");
        }
        if (token.length() > 255) {
            throw new IllegalArgumentException("payment method token must be at most 255 characters");
        }
    }
}
