package io.ultramarket.commerce.schemas.common;

/**
 * How the customer wants to pay: a method type (such as {@code card}) and the provider's token for it
 * (such as a tokenised card). Card numbers never enter the system, only tokens.
 */
public record PaymentMethod(String type, String token) {

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
