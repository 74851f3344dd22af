package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.projections.poison.DeadLetterProcessors;
import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.sagas.parking.DeadLetterStorage;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The relays' dead letters (ADR 0049) in the same {@code dead_letter_entry} table as every other processor's,
 * and their retries through the admin API: the sagas module decides what the payment and shipping relays park,
 * and may not see the projections' queue factory; the app joins the two here.
 */
@Configuration(proxyBeanMethods = false)
class RelayDeadLetterConfiguration {

    /** Looked up when Axon builds the relays, not when their configuration module is collected. */
    @Bean
    DeadLetterStorage relayDeadLetterStorage(ObjectProvider<DeadLetterQueues> queues) {
        return processingGroup -> queues.getObject().queue(processingGroup);
    }

    /**
     * The processors Axon configures itself (the relays) among those {@code POST /admin/dead-letters/{id}/retry}
     * finds: Axon's sequenced dead-letter processor of the letter's processing group, empty for any other.
     * Lazy: it needs Axon's finished configuration, which is built from the relays' module.
     */
    @Bean
    DeadLetterProcessors axonConfiguredDeadLetterProcessors(@Lazy EventProcessingConfiguration processing) {
        return processing::sequencedDeadLetterProcessor;
    }
}
