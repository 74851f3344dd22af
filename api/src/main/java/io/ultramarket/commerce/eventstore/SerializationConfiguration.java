package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.schemas.common.EventUpcasters;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Two JSON mappers. HTTP uses Spring's. Axon gets its own ({@code defaultAxonObjectMapper}, the name Axon
 * looks for), so that what is stored in the event store never changes with HTTP settings, and so that it
 * can write aggregate snapshots: aggregates keep private fields without getters.
 */
@Configuration(proxyBeanMethods = false)
class SerializationConfiguration {

    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    /** Axon picks up every {@link EventUpcaster} bean into its chain: this one is the contract's whole chain. */
    @Bean
    EventUpcaster eventUpcasters() {
        return EventUpcasters.chain();
    }

    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return Jackson2ObjectMapperBuilder.json()
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .build();
    }
}
