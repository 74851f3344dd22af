package io.ultramarket.commerce.schemas.common;

import java.util.Currency;

/** Parses ISO 4217 codes with a message a client can act on, instead of the JDK's bare exception. */
public final class IsoCurrency {

    private IsoCurrency() {
    }

    public static Currency parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("currency is required (an ISO 4217 code such as EUR)");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown currency '" + code + "': expected an ISO 4217 code such as EUR");
        }
    }
}
