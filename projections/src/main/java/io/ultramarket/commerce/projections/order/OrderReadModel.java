package io.ultramarket.commerce.projections.order;

import io.ultramarket.commerce.projections.readmodel.PersonalDataErasure;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Orders as customers and support see them: the order, every status it went through, and its history. */
@Configuration(proxyBeanMethods = false)
class OrderReadModel {

    @Bean
    ReadModelProjection orderViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        return new PostgresReadModel(OrderViewSchema.PROJECTION, OrderViewSchema.TABLES, OrderViewSchema::ddl,
                generation -> new OrderViewWriter(jdbc, json, generation.table(OrderViewSchema.ORDERS),
                        generation.table(OrderViewSchema.TIMELINE)));
    }

    @Bean
    PersonalDataErasure orderViewErasure(JdbcTemplate jdbc, JsonColumns json) {
        return new OrderViewErasure(jdbc, json);
    }
}
