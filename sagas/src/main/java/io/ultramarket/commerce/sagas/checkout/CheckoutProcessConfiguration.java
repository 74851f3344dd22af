package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.sagas.fraud.FraudProperties;
import io.ultramarket.commerce.sagas.parking.DeadLetterStorage;
import io.ultramarket.commerce.sagas.parking.RelayEnqueuePolicy;
import io.ultramarket.commerce.sagas.payment.PaymentProviderUnavailable;
import io.ultramarket.commerce.sagas.payment.SimulatedPaymentProperties;
import io.ultramarket.commerce.sagas.shipping.CarrierUnavailable;
import io.ultramarket.commerce.sagas.shipping.ShippingProperties;
import io.ultramarket.commerce.schemas.order.OrderEvent;
import io.ultramarket.commerce.schemas.payment.PaymentEvent;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CheckoutProperties.class, CheckoutProcessorsProperties.class, FraudProperties.class,
        SimulatedPaymentProperties.class, ShippingProperties.class})
class CheckoutProcessConfiguration {

    private static final String PAYMENT_RELAY = "payment-provider";
    private static final String SHIPPING_RELAY = "shipping";

    /** The processing groups of the checkout: the saga's, and those of the provider and carrier relays. */
    static final List<String> PROCESSING_GROUPS = List.of(CheckoutSaga.PROCESSING_GROUP, PAYMENT_RELAY, SHIPPING_RELAY);

    /** The system principal each processor of the checkout acts as (see {@link SystemPrincipal}). */
    static final Map<String, String> SYSTEM_PRINCIPALS = Map.of(
            CheckoutSaga.PROCESSING_GROUP, "system:checkout",
            PAYMENT_RELAY, "system:payment-provider",
            SHIPPING_RELAY, "system:shipping");

    @Bean
    ConfigurerModule checkoutActsAsSystemPrincipals() {
        return configurer -> SYSTEM_PRINCIPALS.forEach((processor, principal) -> configurer.eventProcessing()
                .registerHandlerInterceptor(processor, configuration -> new SystemPrincipal(principal)));
    }

    /**
     * The saga and the relays on several segments, a thread each (ADR 0070): with one, every order waited for the
     * transactions of the orders before it. Tracking processors, as before: they are woken by this instance's
     * commits and by the commit notifications (ADR 0055). A thread per segment, so that one instance can run them
     * all; with several, each keeps its share and lets the rest go (ADR 0074), and its idle threads look for free
     * segments every claim interval.
     */
    @Bean
    ConfigurerModule checkoutRunsOnSegments(CheckoutProcessorsProperties processors) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing.registerTrackingEventProcessorConfiguration(CheckoutSaga.PROCESSING_GROUP,
                    configuration -> onSegments(processors.sagaSegments(), configuration));
            List.of(PAYMENT_RELAY, SHIPPING_RELAY).forEach(relay -> processing.registerTrackingEventProcessorConfiguration(
                    relay, configuration -> onSegments(processors.relaySegments(), configuration)));
        };
    }

    /**
     * The saga's manager takes on each segment only the events of the orders whose saga lives there (ADR 0088).
     * Registered after Axon's own registration of {@code @Saga} classes (order 0), whose defaults it replaces.
     */
    @Bean
    ConfigurerModule checkoutSagaTakesItsSegmentsOrdersOnly() {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().registerSaga(CheckoutSaga.class,
                        saga -> saga.configureSagaManager(OwnOrdersOnly::manager));
            }

            @Override
            public int order() {
                return 1;
            }
        };
    }

    /** With the claim interval of the app's tracking processors, which their default configuration carries. */
    private static TrackingEventProcessorConfiguration onSegments(int segments, org.axonframework.config.Configuration axon) {
        long claimInterval = axon.getComponent(TrackingEventProcessorConfiguration.class,
                TrackingEventProcessorConfiguration::forSingleThreadedProcessing).getTokenClaimInterval();
        return TrackingEventProcessorConfiguration.forParallelProcessing(segments).andInitialSegmentsCount(segments)
                .andTokenClaimInterval(claimInterval, TimeUnit.MILLISECONDS);
    }

    /**
     * A failure in the checkout must not be logged and skipped (Axon's default): it propagates, so the
     * processor keeps the event unprocessed and retries it with back-off. The relays' dead-letter invokers
     * propagate the same way and let their policy decide (below); the saga parks by order (ADR 0039).
     */
    @Bean
    ConfigurerModule checkoutRetriesFailures() {
        return configurer -> PROCESSING_GROUPS.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }

    /**
     * The relays park what the provider or a carrier refuses for good, by payment and by order, and retry
     * what fails because it is away (ADR 0049). Without a dead-letter queue, the error handler above would
     * retry a refused capture for ever and hold back every later payment's provider work.
     */
    @Bean
    ConfigurerModule relaysParkRefusedEvents(DeadLetterStorage storage) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            parkRefused(processing, storage, PAYMENT_RELAY, byPayload(PaymentEvent.class, PaymentEvent::paymentId),
                    new RelayEnqueuePolicy(PaymentProviderUnavailable.class));
            parkRefused(processing, storage, SHIPPING_RELAY, byPayload(OrderEvent.class, OrderEvent::orderId),
                    new RelayEnqueuePolicy(CarrierUnavailable.class));
        };
    }

    /** The sequencing also assigns events to segments, so it is the processor's, not only the queue's. */
    private static void parkRefused(EventProcessingConfigurer processing, DeadLetterStorage storage, String relay,
                                    SequencingPolicy<EventMessage<?>> sequencing, RelayEnqueuePolicy policy) {
        processing.registerSequencingPolicy(relay, configuration -> sequencing)
                .registerDeadLetterPolicy(relay, configuration -> policy)
                .registerDeadLetterQueue(relay, configuration -> storage.queueOf(relay));
    }

    /**
     * Every event a relay handles belongs to one payment (or order); anything else is a sequence of its own.
     * As text: Axon's JDBC queue stores any other identifier as its hash code, which operators cannot read
     * and two payments may share.
     */
    private static <T> SequencingPolicy<EventMessage<?>> byPayload(Class<T> type, Function<T, UUID> id) {
        return event -> type.isInstance(event.getPayload())
                ? id.apply(type.cast(event.getPayload())).toString()
                : event.getIdentifier();
    }
}
