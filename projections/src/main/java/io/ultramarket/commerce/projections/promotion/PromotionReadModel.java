package io.ultramarket.commerce.projections.promotion;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Promotions with their terms, state and uses taken, for {@code GET /promotions} and the evaluation of a basket. */
@Configuration(proxyBeanMethods = false)
class PromotionReadModel {

    @Bean
    ReadModelProjection promotionViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        return new PostgresReadModel(PromotionViewSchema.PROJECTION, PromotionViewSchema.TABLES, PromotionViewSchema::ddl,
                generation -> new PromotionViewWriter(jdbc, json, generation.table(PromotionViewSchema.TABLE)));
    }
}
