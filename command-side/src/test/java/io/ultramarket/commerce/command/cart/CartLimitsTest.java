package io.ultramarket.commerce.command.cart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CartLimitsTest {

    @Test
    void unsetLimitsFallBackToNinetyNineUnitsAndFiftyLines() {
        assertThat(new CartLimits(0, 0)).isEqualTo(new CartLimits(99, 50));
        assertThat(CartLimits.defaults().maxQuantityPerLine()).isEqualTo(99);
        assertThat(CartLimits.defaults().maxLinesPerCart()).isEqualTo(50);
    }

    @Test
    void configuredLimitsAreKept() {
        CartLimits limits = new CartLimits(5, 0);

        assertThat(limits.maxQuantityPerLine()).isEqualTo(5);
        assertThat(limits.maxLinesPerCart()).isEqualTo(50);
    }

    @Test
    void negativeLimitsAreAConfigurationMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CartLimits(-1, 0))
                .withMessageContaining("commerce.cart.max-quantity-per-line");
        assertThatIllegalArgumentException().isThrownBy(() -> new CartLimits(0, -1))
                .withMessageContaining("commerce.cart.max-lines-per-cart");
    }
}
