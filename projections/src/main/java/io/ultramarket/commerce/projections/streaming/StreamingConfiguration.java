package io.ultramarket.commerce.projections.streaming;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.tracing.SpanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * What every {@link StreamingProcessor} of the app needs: the event store, with streams that say when events
 * came, and the live instances it shares its segments with; the token store every processor claims its segments
 * in, and the share of the tracking processors (ADR 0074).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({InstancesProperties.class, StreamingProperties.class})
class StreamingConfiguration {

    /** This instance as the owner of its claims in {@code token_entry} and as its row in {@code app_instance}. */
    private static final String INSTANCE_ID = ManagementFactory.getRuntimeMXBean().getName();

    @Bean
    LiveInstances liveInstances(JdbcTemplate jdbc, InstancesProperties properties) {
        return new LiveInstances(jdbc, properties, INSTANCE_ID);
    }

    /**
     * Axon's JDBC token store, as its auto-configuration builds it (on the app's {@code TokenSchema}), with the
     * claim timeout of {@code commerce.instances.claim-timeout} and the owner named as the heartbeat rows are.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, TokenSchema tokenSchema, Serializer serializer,
                          InstancesProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(properties.claimTimeout())
                .nodeId(INSTANCE_ID)
                .build();
    }

    /**
     * The default configuration of the tracking processors: they look for free segments every claim interval. As
     * Axon's component, which its processing module takes for every tracking processor configured no further, and
     * where those configured further (the checkout's) read their claim interval.
     */
    @Bean
    ConfigurerModule trackingProcessorsClaimInterval(InstancesProperties properties) {
        return configurer -> configurer.registerComponent(TrackingEventProcessorConfiguration.class, configuration ->
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andTokenClaimInterval(properties.claimInterval().toMillis(), TimeUnit.MILLISECONDS));
    }

    /** After every heartbeat, on its thread. Lazy: Axon's processors are built from the modules above. */
    @Bean
    TrackingProcessorsShare trackingProcessorsShare(@Lazy EventProcessingConfiguration processing, LiveInstances instances) {
        TrackingProcessorsShare share = new TrackingProcessorsShare(processing::eventProcessors, instances);
        instances.afterEachBeat(share::balance);
        return share;
    }

    @Bean(destroyMethod = "close")
    EventsAvailable eventsAvailable(EventStore eventStore) {
        return new EventsAvailable(eventStore);
    }

    @Bean
    StreamingProcessor.Infrastructure streamingInfrastructure(EventsAvailable events, TokenStore tokenStore,
                                                              TransactionManager axonTransactions,
                                                              LiveInstances instances, EventProcessorSpanFactory spans,
                                                              SpanFactory handlerSpans, StreamingProperties properties) {
        return new StreamingProcessor.Infrastructure(events, tokenStore, axonTransactions, instances, spans, handlerSpans,
                properties.backgroundWakeUpDelay());
    }
}
