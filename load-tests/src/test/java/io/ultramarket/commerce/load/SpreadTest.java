package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SpreadTest {

    @Test
    void threeRunsGiveTheMiddleOneAndTheirRange() {
        Spread spread = Spread.of(List.of(250.0, 231.5, 242.0));

        assertThat(spread).isEqualTo(new Spread(3, 242.0, 231.5, 250.0));
        assertThat(spread.describe()).isEqualTo("242 (232–250, 3 runs)");
    }

    @Test
    void anEvenNumberOfRunsTakesTheMeanOfTheTwoMiddleOnes() {
        assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
    }

    @Test
    void oneRunHasNoRange() {
        assertThat(Spread.of(List.of(12.34)).describe()).isEqualTo("12.3 (1 run)");
    }

    @Test
    void largeFiguresAreGroupedSmallOnesKeepADecimal() {
        assertThat(Spread.number(50_000)).isEqualTo("50,000");
        assertThat(Spread.number(99.96)).isEqualTo("100.0");
        assertThat(Spread.number(19.04)).isEqualTo("19.0");
    }

    @Test
    void noRunsIsNoFigure() {
        assertThatIllegalArgumentException().isThrownBy(() -> Spread.of(List.of()));
    }
}
