package io.ultramarket.commerce.readstore;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether {@code spring.datasource.url} ({@code SPRING_DATASOURCE_URL}) names a database. If it does, the
 * app uses that one; if not, it starts its embedded PostgreSQL (ADR 0003). The two conditions are kept
 * together so that exactly one of the two wirings applies, whatever the value.
 */
public final class ExternalDatabase {

    private ExternalDatabase() {
    }

    private static boolean named(ConditionContext context) {
        return named(context.getEnvironment());
    }

    /** Whether {@code environment} names a database, as the two conditions below decide. */
    public static boolean named(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    /** A database is named: use it. */
    public static final class Named implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return named(context);
        }
    }

    /** None is named: the app starts its own. */
    public static final class NotNamed implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !named(context);
        }
    }
}
