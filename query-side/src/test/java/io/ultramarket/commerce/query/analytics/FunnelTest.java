package io.ultramarket.commerce.query.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelTest {

    @Test
    void eachStepConvertsFromTheStepBeforeAndOverallFromTheCarts() {
        Funnel funnel = Funnel.of(8, 4, 3, 1);
        assertThat(funnel.conversion()).isEqualTo(new Funnel.Conversion(0.5, 0.75, 0.3333, 0.125));
    }

    @Test
    void aStepNobodyEnteredHasNoRate() {
        assertThat(Funnel.of(0, 0, 0, 0).conversion()).isEqualTo(new Funnel.Conversion(null, null, null, null));
    }
}
