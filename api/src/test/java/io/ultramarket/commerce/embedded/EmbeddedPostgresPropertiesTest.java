package io.ultramarket.commerce.embedded;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresPropertiesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void aCostOfAPageOutOfOrderThatIsNoPositiveNumberFailsTheStart(double randomPageCost) {
        assertThatThrownBy(() -> new EmbeddedPostgresProperties(Path.of("pg"), 0, false, true, randomPageCost))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commerce.embedded-postgres.random-page-cost");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.1, 4})
    void anyPositiveCostIsTaken(double randomPageCost) {
        assertThat(new EmbeddedPostgresProperties(Path.of("pg"), 0, false, true, randomPageCost).randomPageCost())
                .isEqualTo(randomPageCost);
    }
}
