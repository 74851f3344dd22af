package io.ultramarket.commerce.projections.integration;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure a topic exists with the configured partitions before the first record goes to it, instead of
 * leaving it to the broker's auto-creation (one partition, which caps every consumer group at one consumer).
 * A topic that exists with fewer partitions is left as it is, with a warning: adding partitions moves keys
 * to other partitions, and a consumer could then read an aggregate's later event before an earlier one
 * (ADR 0054). Blocking calls, on the publishing processor's thread.
 */
class IntegrationTopics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IntegrationTopics.class);

    private final Admin admin;
    private final int partitions;
    private final Optional<Short> replicationFactor;
    private final Duration timeout;
    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    IntegrationTopics(String bootstrapServers, IntegrationEventsProperties properties) {
        this.timeout = properties.sendTimeout();
        this.partitions = properties.partitions();
        this.replicationFactor = properties.replicationFactor() == 0 ? Optional.empty()
                : Optional.of((short) properties.replicationFactor());
        int timeoutMillis = (int) timeout.toMillis();
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "commerce-" + IntegrationEventPublisher.PROCESSOR + "-topics",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMillis, 10_000),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis));
    }

    /** Creates those of {@code topics} not known to exist yet; throws when the broker cannot say. */
    void ensure(Collection<String> topics) {
        List<String> unknown = topics.stream().distinct().filter(topic -> !ready.contains(topic)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        var created = admin.createTopics(unknown.stream()
                .map(topic -> new NewTopic(topic, Optional.of(partitions), replicationFactor)).toList()).values();
        for (String topic : unknown) {
            try {
                if (existedBefore(created.get(topic))) {
                    warnIfNarrower(topic);
                } else {
                    log.info("Created topic {} with {} partitions", topic, partitions);
                }
            } catch (ExecutionException failure) {
                throw new IntegrationEventNotPublished(failure.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IntegrationEventNotPublished(interrupted);
            } catch (TimeoutException slow) {
                throw new IntegrationEventNotPublished(slow);
            }
            ready.add(topic);
        }
    }

    private boolean existedBefore(KafkaFuture<Void> creation) throws ExecutionException, InterruptedException, TimeoutException {
        try {
            creation.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException failure) {
            // Without the CREATE right the broker refuses even a topic that exists: a pre-created one is then
            // described like an existing one, and a missing one fails there.
            if (failure.getCause() instanceof TopicExistsException || failure.getCause() instanceof TopicAuthorizationException) {
                return true;
            }
            throw failure;
        }
    }

    private void warnIfNarrower(String topic) throws ExecutionException, InterruptedException, TimeoutException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
        int existing = description.partitions().size();
        if (existing < partitions) {
            log.warn("Topic {} has {} partition(s), fewer than commerce.integration-events.partitions={}; left as it is "
                    + "(more partitions would move keys, see ADR 0054)", topic, existing, partitions);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ZERO);
    }
}
