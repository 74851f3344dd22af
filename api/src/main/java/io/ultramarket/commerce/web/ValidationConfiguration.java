package io.ultramarket.commerce.web;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    /**
     * Hibernate Validator reads its message bundles from jars on the first violation it reports, which
     * would be on a Netty thread (BlockHound caught it). One violation at start-up loads them; the JDK
     * caches bundles, so no request pays for that read again.
     */
    @Bean
    ApplicationRunner loadValidationMessagesAtStartup(Validator validator) {
        return arguments -> validator.validate(new Unset(null));
    }

    private record Unset(@NotNull Object value) {
    }
}
