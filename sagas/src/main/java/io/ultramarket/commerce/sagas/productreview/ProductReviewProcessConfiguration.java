package io.ultramarket.commerce.sagas.productreview;

import io.ultramarket.commerce.sagas.checkout.SystemPrincipal;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The purchase process acts as {@code system:product-reviews} and retries what fails instead of skipping it. */
@Configuration(proxyBeanMethods = false)
class ProductReviewProcessConfiguration {

    @Bean
    ConfigurerModule productReviewPurchasesActAsSystemAndRetry() {
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(DeliveredPurchases.PROCESSING_GROUP,
                        configuration -> new SystemPrincipal("system:product-reviews"))
                .registerListenerInvocationErrorHandler(DeliveredPurchases.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
