package io.ultramarket.commerce.readstore;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True unless an R2DBC address was given (spring.r2dbc.url / SPRING_R2DBC_URL): then Spring Boot's wiring applies. */
class NoReactiveAddressConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty("spring.r2dbc.url"));
    }
}
