package io.ultramarket.commerce.limits;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.ultramarket.commerce.command.cart.CartLimits;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.web.RequestBodyModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InputLimitsConfiguration {

    /** Amounts in request bodies are read through {@link BoundedAmount}, bounded so that every total fits. */
    @Bean
    RequestBodyModule boundedAmounts(InputLimits limits, CartLimits cart) {
        MoneyFitsColumns.check(limits, cart);
        return () -> new SimpleModule("bounded-amounts")
                .addDeserializer(Money.class, new BoundedMoneyDeserializer(limits.maxAmountIntegerDigits()));
    }
}
