package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.sagas.fraud.FraudProperties;
import io.ultramarket.commerce.sagas.payment.SimulatedPaymentProperties;
import io.ultramarket.commerce.sagas.shipping.ShippingProperties;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CheckoutProperties.class, FraudProperties.class,
        SimulatedPaymentProperties.class, ShippingProperties.class})
class CheckoutProcessConfiguration {

    /** The processing groups of the checkout: the saga's, and those of the provider and carrier relays. */
    static final List<String> PROCESSING_GROUPS = List.of(CheckoutSaga.PROCESSING_GROUP, "payment-provider", "shipping");

    /** The system principal each processor of the checkout acts as (see {@link SystemPrincipal}). */
    static final Map<String, String> SYSTEM_PRINCIPALS = Map.of(
            CheckoutSaga.PROCESSING_GROUP, "system:checkout",
            "payment-provider", "system:payment-provider",
            "shipping", "system:shipping");

    @Bean
    ConfigurerModule checkoutActsAsSystemPrincipals() {
        return configurer -> SYSTEM_PRINCIPALS.forEach((processor, principal) -> configurer.eventProcessing()
                .registerHandlerInterceptor(processor, configuration -> new SystemPrincipal(principal)));
    }

    /**
     * A failure in the checkout must not be logged and skipped (Axon's default): it propagates, so the
     * processor keeps the event unprocessed and retries it with back-off.
     */
    @Bean
    ConfigurerModule checkoutRetriesFailures() {
        return configurer -> PROCESSING_GROUPS.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }
}
