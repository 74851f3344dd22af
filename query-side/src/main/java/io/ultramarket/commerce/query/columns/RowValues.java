package io.ultramarket.commerce.query.columns;

import io.r2dbc.spi.Readable;
import io.ultramarket.commerce.schemas.common.IsoCurrency;
import io.ultramarket.commerce.schemas.common.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Typed values of an R2DBC row. Rows are only valid inside the mapping function, so read them there. */
public final class RowValues {

    private RowValues() {
    }

    /**
     * Money from an amount column and a currency column, back at the currency's scale (9.9000 EUR is
     * 9.90 EUR); null when either is null (nothing authorized yet, an empty cart without a currency).
     */
    public static Money money(Readable row, String amountColumn, String currencyColumn) {
        BigDecimal amount = row.get(amountColumn, BigDecimal.class);
        String currency = row.get(currencyColumn, String.class);
        return amount == null || currency == null ? null : new Money(amount, IsoCurrency.parse(currency));
    }

    public static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
