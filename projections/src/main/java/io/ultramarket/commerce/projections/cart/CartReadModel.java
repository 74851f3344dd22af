package io.ultramarket.commerce.projections.cart;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Carts as the shopper sees them: lines, total, item count, and whether the cart became an order. */
@Configuration(proxyBeanMethods = false)
class CartReadModel {

    @Bean
    ReadModelProjection cartViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        return new PostgresReadModel(CartViewSchema.PROJECTION, CartViewSchema.TABLES, CartViewSchema::ddl,
                generation -> new CartViewWriter(jdbc, json, generation.table(CartViewSchema.TABLE)));
    }
}
