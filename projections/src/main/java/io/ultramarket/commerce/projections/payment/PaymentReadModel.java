package io.ultramarket.commerce.projections.payment;

import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Payments of orders: requested, authorized, captured and refunded amounts. */
@Configuration(proxyBeanMethods = false)
class PaymentReadModel {

    @Bean
    ReadModelProjection paymentViewProjection(JdbcTemplate jdbc) {
        return new PostgresReadModel(PaymentViewSchema.PROJECTION, PaymentViewSchema.TABLES, PaymentViewSchema::ddl,
                generation -> new PaymentViewWriter(jdbc, generation.table(PaymentViewSchema.TABLE)));
    }
}
