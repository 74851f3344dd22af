package io.ultramarket.commerce.sagas.payment.stripe;

import io.ultramarket.commerce.sagas.payment.PaymentGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Stripe adapter is the payment provider when {@code commerce.payments.provider=stripe}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "commerce.payments.provider", havingValue = "stripe")
@EnableConfigurationProperties(StripeProperties.class)
class StripeConfiguration {

    @Bean
    PaymentGateway stripePaymentGateway(StripeProperties properties) {
        return new StripePaymentGateway(properties);
    }
}
