package io.ultramarket.commerce.schemas.totals;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.ultramarket.commerce.schemas.common.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tax that applies in a zone ({@code DE}, {@code US-NY}) to a category of products, in percent. {@code included}
 * says how the zone shows prices: gross, with the tax inside (the EU), or net, with the tax added (the US).
 */
public record TaxRate(String zone, TaxCategory category, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percent,
                      boolean included) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TaxRate {
        if (zone == null || zone.isBlank() || zone.length() > 6) {
            throw new IllegalArgumentException("zone must be a country or country-region code such as DE or US-NY, was '"
                    + zone + "'");
        }
        if (category == null) {
            throw new IllegalArgumentException("category is required");
        }
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("percent must be at least 0 and below 100, was " + percent);
        }
    }

    /**
     * The tax in an amount priced under this rate, rounded to the currency's minor unit, half up (ADR 0065): out of a
     * gross amount {@code amount × p / (100 + p)}, on top of a net one {@code amount × p / 100}.
     */
    public Money taxIn(Money amount) {
        BigDecimal divisor = included ? HUNDRED.add(percent) : HUNDRED;
        return Money.rounded(amount.amount().multiply(percent).divide(divisor, 12, RoundingMode.HALF_UP), amount.currency());
    }
}
