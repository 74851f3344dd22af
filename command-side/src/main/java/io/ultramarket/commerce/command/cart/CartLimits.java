package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.schemas.common.Quantity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How big a cart may grow ({@code commerce.cart.*}). The limits keep carts within what checkout, payment
 * and picking can handle, and stop bots from reserving the catalogue. An unset (0) value falls back to the
 * default so a partial configuration still yields a usable shop.
 */
@ConfigurationProperties("commerce.cart")
public record CartLimits(int maxQuantityPerLine, int maxLinesPerCart) {

    public static final int DEFAULT_MAX_QUANTITY_PER_LINE = 99;
    public static final int DEFAULT_MAX_LINES_PER_CART = 50;

    public CartLimits {
        // A negative limit is a typo in the configuration; failing at startup beats refusing every cart.
        if (maxQuantityPerLine < 0 || maxQuantityPerLine > Quantity.MAX) {
            throw new IllegalArgumentException("commerce.cart.max-quantity-per-line must be between 1 and "
                    + Quantity.MAX + " (or 0 for the default " + DEFAULT_MAX_QUANTITY_PER_LINE + "), was "
                    + maxQuantityPerLine);
        }
        if (maxLinesPerCart < 0) {
            throw new IllegalArgumentException("commerce.cart.max-lines-per-cart must be at least 1 (or 0 for the default "
                    + DEFAULT_MAX_LINES_PER_CART + "), was " + maxLinesPerCart);
        }
        maxQuantityPerLine = maxQuantityPerLine == 0 ? DEFAULT_MAX_QUANTITY_PER_LINE : maxQuantityPerLine;
        maxLinesPerCart = maxLinesPerCart == 0 ? DEFAULT_MAX_LINES_PER_CART : maxLinesPerCart;
    }

    public static CartLimits defaults() {
        return new CartLimits(0, 0);
    }
}
