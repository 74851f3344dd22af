package io.ultramarket.commerce.sagas.resilience;

import io.ultramarket.commerce.sagas.payment.PaymentGateway;
import io.ultramarket.commerce.sagas.shipping.Carrier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every {@link PaymentGateway} and {@link Carrier} bean, whichever module declares it, in its
 * resilient decorator, so no adapter has to remember to protect itself. Other beans receive the decorator:
 * inject these ports by their interface, never by an adapter's class.
 */
final class ResilienceDecoration implements BeanPostProcessor {

    // Looked up on first use: a post-processor that pulled its dependencies in early would keep them
    // from being post-processed themselves.
    private final ObjectProvider<ProviderResilienceFactory> resilience;

    ResilienceDecoration(ObjectProvider<ProviderResilienceFactory> resilience) {
        this.resilience = resilience;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PaymentGateway gateway && !(bean instanceof ResilientPaymentGateway)) {
            return new ResilientPaymentGateway(gateway, resilience.getObject().forPayments());
        }
        if (bean instanceof Carrier carrier && !(bean instanceof ResilientCarrier)) {
            return new ResilientCarrier(carrier, resilience.getObject().forCarrier(carrier.name()));
        }
        return bean;
    }
}
