package io.ultramarket.commerce.limits;

import io.ultramarket.commerce.command.cart.CartLimits;

import java.math.BigDecimal;

/**
 * The largest total the shop can form must fit the narrowest column that stores money: ClickHouse's
 * {@code Decimal(18,4)} (14 digits before the point; PostgreSQL's {@code NUMERIC(19,4)} has 15). The
 * largest cart is the largest unit price times the most units per line times the most lines, and an
 * order adds shipping to it: a tenfold margin covers that. Checked at start, so that raising one limit
 * cannot silently make a total overflow a column (ADR 0030).
 */
final class MoneyFitsColumns {

    static final BigDecimal NARROWEST_COLUMN_LIMIT = BigDecimal.TEN.pow(14);
    private static final BigDecimal MARGIN = BigDecimal.TEN;

    private MoneyFitsColumns() {
    }

    static BigDecimal largestCartTotal(InputLimits input, CartLimits cart) {
        return BigDecimal.TEN.pow(input.maxAmountIntegerDigits())
                .multiply(BigDecimal.valueOf((long) cart.maxLinesPerCart() * cart.maxQuantityPerLine()));
    }

    static void check(InputLimits input, CartLimits cart) {
        BigDecimal largest = largestCartTotal(input, cart);
        if (largest.multiply(MARGIN).compareTo(NARROWEST_COLUMN_LIMIT) >= 0) {
            throw new IllegalStateException("commerce.input.max-amount-integer-digits (" + input.maxAmountIntegerDigits()
                    + ") with commerce.cart.max-lines-per-cart (" + cart.maxLinesPerCart()
                    + ") and max-quantity-per-line (" + cart.maxQuantityPerLine() + ") allow a cart of "
                    + largest.toPlainString() + ", which does not fit Decimal(18,4) with a tenfold margin; lower one of them");
        }
    }
}
