package io.ultramarket.commerce.projections.integration;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateWavesTest {

    private static ProducerRecord<String, String> record(String aggregate, String event) {
        return new ProducerRecord<>("commerce.order.v1", aggregate, event);
    }

    private static List<List<String>> wavesOf(List<ProducerRecord<String, String>> batch) {
        return AggregateWaves.of(batch).stream().map(wave -> wave.stream().map(ProducerRecord::value).toList()).toList();
    }

    @Test
    void eachAggregatesNextEventGoesInTheWaveAfterItsPreviousOne() {
        assertThat(wavesOf(List.of(record("a", "a1"), record("b", "b1"), record("a", "a2"), record("c", "c1"),
                record("a", "a3"), record("b", "b2"))))
                .containsExactly(List.of("a1", "b1", "c1"), List.of("a2", "b2"), List.of("a3"));
    }

    @Test
    void aBatchOfDifferentAggregatesIsOneWave() {
        assertThat(wavesOf(List.of(record("a", "a1"), record("b", "b1"), record("c", "c1"))))
                .containsExactly(List.of("a1", "b1", "c1"));
    }

    @Test
    void anEmptyBatchHasNoWave() {
        assertThat(wavesOf(List.of())).isEmpty();
    }
}
