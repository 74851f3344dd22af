package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.schemas.cart.CartCheckedOutUpcaster;
import io.ultramarket.commerce.schemas.cart.CartCreatedUpcaster;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCartUpcaster;
import io.ultramarket.commerce.schemas.order.OrderReturnedUpcaster;
import io.ultramarket.commerce.schemas.payment.PaymentVoidedUpcaster;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** Axon picks up every {@link org.axonframework.serialization.upcasting.event.EventUpcaster} bean into its chain. */
    @Bean
    OrderReturnedUpcaster orderReturnedUpcaster() {
        return new OrderReturnedUpcaster();
    }

    @Bean
    PaymentVoidedUpcaster paymentVoidedUpcaster() {
        return new PaymentVoidedUpcaster();
    }

    @Bean
    ItemAddedToCartUpcaster itemAddedToCartUpcaster() {
        return new ItemAddedToCartUpcaster();
    }

    @Bean
    CartCreatedUpcaster cartCreatedUpcaster() {
        return new CartCreatedUpcaster();
    }

    @Bean
    CartCheckedOutUpcaster cartCheckedOutUpcaster() {
        return new CartCheckedOutUpcaster();
    }

    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return Jackson2ObjectMapperBuilder.json()
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .build();
    }
}
