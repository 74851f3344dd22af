package io.ultramarket.commerce.projections.catalog;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Products with their variants, category and published flag, for {@code GET /products/{id}}. */
@Configuration(proxyBeanMethods = false)
class ProductReadModel {

    @Bean
    ReadModelProjection productViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        return new PostgresReadModel(ProductViewSchema.PROJECTION, ProductViewSchema.TABLES, ProductViewSchema::ddl,
                generation -> new ProductViewWriter(jdbc, json, generation.table(ProductViewSchema.TABLE)))
                .upgradedBy(ProductViewSchema::upgrades);
    }
}
