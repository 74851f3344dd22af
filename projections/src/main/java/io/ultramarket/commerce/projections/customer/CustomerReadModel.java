package io.ultramarket.commerce.projections.customer;

import io.ultramarket.commerce.projections.readmodel.PersonalDataErasure;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Customers with their address books, for {@code GET /customers/me} and {@code /customers/me/addresses}. */
@Configuration(proxyBeanMethods = false)
class CustomerReadModel {

    @Bean
    ReadModelProjection customerViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        return new PostgresReadModel(CustomerViewSchema.PROJECTION, CustomerViewSchema.TABLES, CustomerViewSchema::ddl,
                generation -> new CustomerViewWriter(jdbc, json, generation.table(CustomerViewSchema.TABLE)));
    }

    @Bean
    PersonalDataErasure customerViewErasure(JdbcTemplate jdbc, JsonColumns json) {
        return new CustomerViewErasure(jdbc, json);
    }
}
