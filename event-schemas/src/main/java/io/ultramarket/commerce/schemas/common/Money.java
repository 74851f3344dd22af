package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency. The amount is an exact decimal (never floating point),
 * never negative, and kept at the currency's minor-unit scale (2 for EUR, 0 for JPY), so equal amounts
 * are equal records. On the wire it is {@code {"amount":"12.34","currency":"EUR"}}.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency) {

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (currency == null) {
            throw new IllegalArgumentException("currency is required (an ISO 4217 code such as EUR)");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount.toPlainString());
        }
        int minorUnits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > minorUnits) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more than " + minorUnits
                    + " decimal places, the minor unit of " + currency.getCurrencyCode());
        }
        amount = amount.setScale(minorUnits, RoundingMode.UNNECESSARY);
    }

    /** Reads the wire form; the amount may be a decimal string (preferred) or a JSON number. */
    @JsonCreator
    public static Money of(@JsonProperty("amount") String amount, @JsonProperty("currency") String currencyCode) {
        if (amount == null || amount.isBlank()) {
            throw new IllegalArgumentException("amount is required");
        }
        try {
            return new Money(new BigDecimal(amount.trim()), IsoCurrency.parse(currencyCode));
        } catch (NumberFormatException notADecimal) {
            throw new IllegalArgumentException("amount '" + amount + "' is not a decimal number such as 12.34");
        }
    }

    /**
     * An exact amount rounded to the currency's minor unit, half up (away from zero: amounts are never negative):
     * the one rounding rule of taxes and shares (ADR 0065). JPY has 0 decimals, EUR 2, BHD 3.
     */
    public static Money rounded(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** Subtracts, refusing to go below zero: money amounts here are never negative. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(int factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean hasSameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other amount");
        if (!hasSameCurrencyAs(other)) {
            throw new IllegalArgumentException("cannot combine " + currency.getCurrencyCode() + " with "
                    + other.currency.getCurrencyCode());
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
