package io.ultramarket.commerce.projections.streaming;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.tracing.SpanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every {@link StreamingProcessor} of the app reads from: the event store, with streams that say when events came. */
@Configuration(proxyBeanMethods = false)
class StreamingConfiguration {

    @Bean(destroyMethod = "close")
    EventsAvailable eventsAvailable(EventStore eventStore) {
        return new EventsAvailable(eventStore);
    }

    @Bean
    StreamingProcessor.Infrastructure streamingInfrastructure(EventsAvailable events, TokenStore tokenStore,
                                                              TransactionManager axonTransactions,
                                                              EventProcessorSpanFactory spans, SpanFactory handlerSpans) {
        return new StreamingProcessor.Infrastructure(events, tokenStore, axonTransactions, spans, handlerSpans);
    }
}
