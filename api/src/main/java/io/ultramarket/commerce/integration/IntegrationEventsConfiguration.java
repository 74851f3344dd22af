package io.ultramarket.commerce.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.projections.integration.IntegrationEventPublisher;
import io.ultramarket.commerce.projections.integration.IntegrationEventsProperties;
import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.poison.TransientRetry;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Integration events are published only when {@code spring.kafka.bootstrap-servers} names a broker;
 * without it nothing is published and the app runs as before. The event JSON is written by the app's
 * ObjectMapper, the same shape as the HTTP API's (money as {@code {"amount":"12.34","currency":"EUR"}}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(IntegrationEventsConfiguration.BOOTSTRAP_SERVERS)
@EnableConfigurationProperties(IntegrationEventsProperties.class)
class IntegrationEventsConfiguration {

    static final String BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";

    @Bean
    IntegrationEventPublisher integrationEventPublisher(@Value("${" + BOOTSTRAP_SERVERS + "}") String bootstrapServers,
                                                        ObjectMapper json, IntegrationEventsProperties properties,
                                                        StreamingProcessor.Infrastructure axon,
                                                        DeadLetterQueues deadLetterQueues, TransientRetry retry) {
        return new IntegrationEventPublisher(bootstrapServers, json, properties,
                axon, deadLetterQueues, retry);
    }
}
