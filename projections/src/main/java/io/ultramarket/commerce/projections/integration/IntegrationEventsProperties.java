package io.ultramarket.commerce.projections.integration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How integration events are published (prefix {@code commerce.integration-events}); the publisher runs only
 * when {@code spring.kafka.bootstrap-servers} is set. Zero or absent values mean the defaults.
 *
 * @param topicPrefix  topics are {@code <prefix>.<aggregate type>.v1}, e.g. {@code commerce.order.v1}
 * @param segments     segments of the publishing processor; an aggregate's events always go through one
 * @param batchSize    events per unit of work: they are sent together, and the token moves once all are acknowledged
 * @param sendTimeout  how long a batch may wait for the broker's acknowledgements before it is retried
 * @param partitions   partitions of each topic the app creates (records are keyed by aggregate id, so an
 *                     aggregate's events stay in order in one partition); an existing topic is not changed
 * @param replicationFactor replicas of each topic the app creates; 0 takes the broker's default
 *                     ({@code default.replication.factor})
 */
@ConfigurationProperties("commerce.integration-events")
public record IntegrationEventsProperties(String topicPrefix, int segments, int batchSize, Duration sendTimeout,
                                          int partitions, int replicationFactor) {

    public IntegrationEventsProperties {
        if (segments < 0 || batchSize < 0 || partitions < 0 || replicationFactor < 0 || replicationFactor > Short.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "commerce.integration-events.segments, batch-size, partitions and replication-factor must not be negative");
        }
        topicPrefix = topicPrefix == null || topicPrefix.isBlank() ? "commerce" : topicPrefix;
        segments = segments == 0 ? 2 : segments;
        batchSize = batchSize == 0 ? 500 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        partitions = partitions == 0 ? 12 : partitions;
    }
}
