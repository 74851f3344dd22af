package io.ultramarket.commerce.projections.streaming;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.tracing.SpanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;

/**
 * What every {@link StreamingProcessor} of the app needs: the event store, with streams that say when events
 * came, and the live instances it shares its segments with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InstancesProperties.class)
class StreamingConfiguration {

    /** Named as Axon's token store names the owner of a claim ({@code pid@host}), so the two can be matched. */
    @Bean
    LiveInstances liveInstances(JdbcTemplate jdbc, InstancesProperties properties) {
        return new LiveInstances(jdbc, properties, ManagementFactory.getRuntimeMXBean().getName());
    }

    @Bean(destroyMethod = "close")
    EventsAvailable eventsAvailable(EventStore eventStore) {
        return new EventsAvailable(eventStore);
    }

    @Bean
    StreamingProcessor.Infrastructure streamingInfrastructure(EventsAvailable events, TokenStore tokenStore,
                                                              TransactionManager axonTransactions,
                                                              LiveInstances instances, EventProcessorSpanFactory spans,
                                                              SpanFactory handlerSpans) {
        return new StreamingProcessor.Infrastructure(events, tokenStore, axonTransactions, instances, spans, handlerSpans);
    }
}
