package io.ultramarket.commerce.projections.integration;

import org.apache.kafka.clients.producer.ProducerRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch cut into waves: the first record of every aggregate (the record's key), then the second of every
 * aggregate that has one, and so on; each wave keeps the batch's order. Sent one wave after the other, no record
 * leaves before its aggregate's earlier ones are acknowledged. Sent all at once, a record the broker refuses (too
 * large for its topic) did not stop the same aggregate's later record, in a batch of its own, from being written:
 * consumers saw an aggregate's next event without the one before it (ADR 0083).
 */
final class AggregateWaves {

    private AggregateWaves() {
    }

    static <V> List<List<ProducerRecord<String, V>>> of(List<ProducerRecord<String, V>> batch) {
        Map<String, Integer> sentBefore = new HashMap<>();
        List<List<ProducerRecord<String, V>>> waves = new ArrayList<>();
        for (ProducerRecord<String, V> record : batch) {
            int wave = sentBefore.merge(record.key(), 1, Integer::sum) - 1;
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(record);
        }
        return waves;
    }
}
