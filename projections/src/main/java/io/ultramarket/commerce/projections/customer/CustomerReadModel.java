package io.ultramarket.commerce.projections.customer;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.ErasedDocuments;
import io.ultramarket.commerce.projections.readmodel.ErasedFields;
import io.ultramarket.commerce.projections.readmodel.PersonalDataErasure;
import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** Customers with their address books, for {@code GET /customers/me} and {@code /customers/me/addresses}. */
@Configuration(proxyBeanMethods = false)
class CustomerReadModel {

    @Bean
    ReadModelProjection customerViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        return new PostgresReadModel(CustomerViewSchema.PROJECTION, CustomerViewSchema.TABLES, CustomerViewSchema::ddl,
                generation -> new CustomerViewWriter(jdbc, json, generation.table(CustomerViewSchema.TABLE)));
    }

    /** A customer's record as a rebuild shows it once erased: email, name and the address book's personal parts. */
    @Bean
    PersonalDataErasure customerViewErasure(JdbcTemplate jdbc, JsonColumns json) {
        return new ErasedDocuments(jdbc, json, CustomerViewSchema.PROJECTION, CustomerViewSchema.TABLE,
                CustomerViewSchema.CUSTOMER_ID, CustomerViewSchema.CUSTOMER, List.of(CustomerViewSchema.CUSTOMER_ID), customer -> {
                    ErasedFields.erase(customer, List.of("email", "name"));
                    customer.path("addresses").forEach(booked -> ErasedFields.erase(booked.get("address"), ErasedFields.ADDRESS_PARTS));
                });
    }
}
