package io.ultramarket.commerce.limits;

import io.ultramarket.commerce.command.cart.CartLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BoundedAmountTest {

    @Test
    void aPlainDecimalWithinTheBoundsIsRead() {
        assertThat(BoundedAmount.parse("999999999.99", 9, 2)).isEqualByComparingTo("999999999.99");
        assertThat(BoundedAmount.parse(" 0012.500 ", 9, 2)).isEqualByComparingTo("12.5");
        assertThat(BoundedAmount.parse("500", 9, 0)).isEqualByComparingTo("500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20000000", "1E+5", "-1", "+1", "1.", ".5", "0x1F", "NaN", "Infinity", "1 000", "١٢"})
    void anythingButAPlainDecimalIsRefusedWithoutBecomingANumber(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundedAmount.parse(text, 9, 2))
                .withMessageContaining("is not a plain decimal number");
    }

    @Test
    void digitsBeyondTheBoundsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundedAmount.parse("1000000000", 9, 2))
                .withMessage("1000000000 has more than 9 digits before the decimal point");
        assertThatIllegalArgumentException().isThrownBy(() -> BoundedAmount.parse("1.001", 9, 2))
                .withMessage("1.001 has more than 2 decimal places");
        assertThatIllegalArgumentException().isThrownBy(() -> BoundedAmount.parse("1".repeat(100_000), 9, 2))
                .withMessageContaining("is not a plain decimal number");
    }

    @Test
    void theLargestCartOfTheDefaultsFitsTheNarrowestMoneyColumnTenTimesOver() {
        BigDecimal largest = MoneyFitsColumns.largestCartTotal(InputLimits.defaults(), CartLimits.defaults());
        assertThat(largest).isEqualByComparingTo("4950000000000");
        MoneyFitsColumns.check(InputLimits.defaults(), CartLimits.defaults());
    }

    @Test
    void limitsWhoseLargestCartWouldOverflowAColumnStopTheStart() {
        InputLimits elevenDigits = new InputLimits(11, null, 0, null);
        assertThatIllegalStateException().isThrownBy(() -> MoneyFitsColumns.check(elevenDigits, CartLimits.defaults()))
                .withMessageContaining("does not fit Decimal(18,4)");
    }
}
