package io.ultramarket.commerce.query.analytics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExponentialSmoothingTest {

    @Test
    void eachDayMovesTheLevelAlphaOfTheWayTowardsThatDaysUnits() {
        // 10, then 10 + 0.5 * (20 - 10) = 15, then 15 + 0.5 * (0 - 15) = 7.5
        assertThat(ExponentialSmoothing.level(List.of(10L, 20L, 0L), 0.5)).isCloseTo(7.5, within(1e-9));
    }

    @Test
    void steadyDemandIsForecastAsItIs() {
        assertThat(ExponentialSmoothing.level(List.of(4L, 4L, 4L, 4L), 0.3)).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void noHistoryMeansNoDemand() {
        assertThat(ExponentialSmoothing.level(List.of(), 0.3)).isZero();
    }

    @Test
    void alphaMustBeAFractionAboveZero() {
        assertThatThrownBy(() -> ExponentialSmoothing.level(List.of(1L), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExponentialSmoothing.level(List.of(1L), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReorderCoversTheHorizonBeyondWhatIsAvailableAndIsNeverNegative() {
        assertThat(ExponentialSmoothing.reorderQuantity(3.5, 21, 4)).isEqualTo(70); // ceil(73.5) - 4
        assertThat(ExponentialSmoothing.reorderQuantity(1.0, 7, 50)).isZero();
    }
}
