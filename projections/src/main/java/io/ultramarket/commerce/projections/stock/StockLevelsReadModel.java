package io.ultramarket.commerce.projections.stock;

import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stock per SKU and warehouse: on hand, reserved, and so available. */
@Configuration(proxyBeanMethods = false)
class StockLevelsReadModel {

    @Bean
    ReadModelProjection stockLevelsProjection(JdbcTemplate jdbc) {
        return new PostgresReadModel(StockLevelsSchema.PROJECTION, StockLevelsSchema.TABLES, StockLevelsSchema::ddl,
                generation -> new StockLevelsWriter(jdbc, generation.table(StockLevelsSchema.TABLE)));
    }
}
