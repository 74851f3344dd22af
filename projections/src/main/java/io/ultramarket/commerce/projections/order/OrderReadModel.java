package io.ultramarket.commerce.projections.order;

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

/** Orders as customers and support see them: the order, every status it went through, and its history. */
@Configuration(proxyBeanMethods = false)
class OrderReadModel {

    @Bean
    ReadModelProjection orderViewProjection(JdbcTemplate jdbc, JsonColumns json) {
        return new PostgresReadModel(OrderViewSchema.PROJECTION, OrderViewSchema.TABLES, OrderViewSchema::ddl,
                generation -> new OrderViewWriter(jdbc, json, generation.table(OrderViewSchema.ORDERS),
                        generation.table(OrderViewSchema.TIMELINE)))
                .upgradedBy(OrderViewSchema::upgrades);
    }

    /** The shipping address of a subject's orders (by customer, guest cart or order id), its personal parts erased. */
    @Bean
    PersonalDataErasure orderViewErasure(JdbcTemplate jdbc, JsonColumns json) {
        return new ErasedDocuments(jdbc, json, OrderViewSchema.PROJECTION, OrderViewSchema.ORDERS, OrderViewSchema.ORDER_ID,
                OrderViewSchema.SHIPPING_ADDRESS, List.of(OrderViewSchema.CUSTOMER_ID, OrderViewSchema.CART_ID, OrderViewSchema.ORDER_ID),
                address -> ErasedFields.erase(address, ErasedFields.ADDRESS_PARTS));
    }
}
