package io.ultramarket.commerce.projections.stockalert;

import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each stock item's low-stock threshold and whether it is low (ADR 0059). */
@Configuration(proxyBeanMethods = false)
class LowStockReadModel {

    @Bean
    ReadModelProjection lowStockProjection(JdbcTemplate jdbc) {
        return new PostgresReadModel(LowStockSchema.PROJECTION, LowStockSchema.TABLES, LowStockSchema::ddl,
                generation -> new LowStockWriter(jdbc, generation.table(LowStockSchema.TABLE)));
    }
}
