package io.ultramarket.commerce.sagas.payment.stripe;

import io.ultramarket.commerce.schemas.common.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * Money in Stripe's wire form: an integer count of the currency's smallest unit and a lower-case ISO code.
 * Stripe's unit follows ISO 4217 (and so {@link Money}) except for its own zero-decimal list (where ISO
 * says 2 for MGA, Stripe counts whole ariary) and ISK, which Stripe counts in hundredths.
 */
public final class StripeAmounts {

    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA",
            "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");

    private StripeAmounts() {
    }

    /** The amount in Stripe's units; refuses an amount finer than Stripe's unit (1.50 MGA). */
    public static long toMinorUnits(Money money) {
        try {
            return money.amount().movePointRight(exponentOf(money.currency())).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(money + " cannot be expressed in Stripe's smallest unit of "
                    + money.currency().getCurrencyCode(), e);
        }
    }

    public static Money fromMinorUnits(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        return new Money(BigDecimal.valueOf(minorUnits).movePointLeft(exponentOf(currency)), currency);
    }

    public static String currencyCode(Money money) {
        return money.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    }

    private static int exponentOf(Currency currency) {
        if (ZERO_DECIMAL.contains(currency.getCurrencyCode())) {
            return 0;
        }
        return currency.getDefaultFractionDigits() == 3 ? 3 : 2;
    }
}
