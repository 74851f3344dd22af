package io.ultramarket.commerce.sagas.parking;

import io.ultramarket.commerce.sagas.checkout.CheckoutSaga;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** Parking by order on the checkout saga's processor (ADR 0039). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PoisonProperties.class)
class ParkingConfiguration {

    @Bean
    ParkedOrders parkedOrders(JdbcTemplate jdbc) {
        return new ParkedOrders(jdbc, CheckoutSaga.PROCESSING_GROUP);
    }

    @Bean
    FailureMemory sagaFailureMemory(PoisonProperties properties) {
        return new FailureMemory(properties);
    }

    /**
     * The interceptor is deliberately not a bean: Axon's Spring Boot auto-configuration would register every
     * event handler interceptor bean on every processor, projections and relays included.
     */
    @Bean
    ConfigurerModule checkoutSagaParksFailingOrders(ParkedOrders parkedOrders, FailureMemory sagaFailureMemory,
                                                    @Lazy EventProcessingConfiguration processing, Clock clock) {
        SagaSegments segments = new SagaSegments(CheckoutSaga.PROCESSING_GROUP,
                () -> processing.eventProcessor(CheckoutSaga.PROCESSING_GROUP, TrackingEventProcessor.class));
        SagaParking sagaParking = new SagaParking(parkedOrders, sagaFailureMemory, segments, clock);
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(CheckoutSaga.PROCESSING_GROUP, configuration -> sagaParking)
                .registerErrorHandler(CheckoutSaga.PROCESSING_GROUP, configuration -> new SagaRetryBackoff(sagaFailureMemory));
    }

    // Lazy: it needs Axon's finished configuration, which is built from the module above.
    @Bean
    ParkedOrderRetry parkedOrderRetry(ParkedOrders parkedOrders, @Lazy EventProcessingConfiguration processing,
                                      @Lazy EventStore eventStore, @Lazy TransactionManager axonTransactions,
                                      PlatformTransactionManager transactionManager, Clock clock) {
        return new ParkedOrderRetry(parkedOrders, processing, eventStore, axonTransactions,
                new TransactionTemplate(transactionManager), clock);
    }
}
