package io.ultramarket.commerce.sagas.checkout;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CheckoutProcessConfiguration {

    /**
     * A failure to place an order must not be logged and skipped (Axon's default): it propagates, so the
     * processor keeps the checkout event unprocessed and retries it with back-off.
     */
    @Bean
    ConfigurerModule orderPlacementRetriesFailures() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                OrderPlacementPolicy.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
