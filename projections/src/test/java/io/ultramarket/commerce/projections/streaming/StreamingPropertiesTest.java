package io.ultramarket.commerce.projections.streaming;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamingPropertiesTest {

    @Test
    void aProcessorNobodyWaitsForWakesATenthOfASecondLateByDefault() {
        assertThat(new StreamingProperties(null).backgroundWakeUpDelay()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void zeroWakesItAtOnceAsTheOthers() {
        assertThat(new StreamingProperties(Duration.ZERO).backgroundWakeUpDelay()).isZero();
    }

    @Test
    void aNegativeDelayOrOneLongEnoughToLookStuckIsRefusedByName() {
        assertThatThrownBy(() -> new StreamingProperties(Duration.ofMillis(-1)))
                .hasMessageContaining("commerce.streaming.background-wake-up-delay");
        assertThatThrownBy(() -> new StreamingProperties(StreamingProperties.LONGEST_WAKE_UP_DELAY.plusMillis(1)))
                .hasMessageContaining("commerce.streaming.background-wake-up-delay");
        assertThat(new StreamingProperties(StreamingProperties.LONGEST_WAKE_UP_DELAY).backgroundWakeUpDelay())
                .isEqualTo(StreamingProperties.LONGEST_WAKE_UP_DELAY);
    }
}
