package io.ultramarket.commerce.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.query.audit.AggregateType;
import io.ultramarket.commerce.query.audit.AuditTrail;
import io.ultramarket.commerce.query.audit.ChainVerifier;
import io.ultramarket.commerce.query.eventstore.SealedFields;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** Wires the query side's audit reads (plain classes, free of Spring's context) and the type in audit URLs. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration implements WebFluxConfigurer {

    @Bean
    AuditTrail auditTrail(DatabaseClient database, ObjectMapper json, SealedFields sealed) {
        return new AuditTrail(database, json, sealed);
    }

    @Bean
    ChainVerifier chainVerifier(DatabaseClient database) {
        return new ChainVerifier(database);
    }

    /** "cart", "stock-item" or "StockItem" in a path; anything else is a 400 naming {@code aggregateType}. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, AggregateType.class, AggregateType::parse);
    }
}
