package io.ultramarket.commerce.projections.order;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.ErasedFields;
import io.ultramarket.commerce.projections.readmodel.PersonalDataErasure;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.UUID;

import static io.ultramarket.commerce.projections.order.OrderViewSchema.CART_ID;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.CUSTOMER_ID;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.ORDER_ID;
import static io.ultramarket.commerce.projections.order.OrderViewSchema.SHIPPING_ADDRESS;

/** The shipping address of a subject's orders (by customer, guest cart or order id), its personal parts erased. */
class OrderViewErasure implements PersonalDataErasure {

    private static final TypeReference<JsonNode> TREE = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    OrderViewErasure(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void erase(Collection<UUID> subjects) {
        for (String table : ErasedFields.inEveryGeneration(jdbc, OrderViewSchema.PROJECTION, OrderViewSchema.ORDERS)) {
            for (UUID subject : subjects) {
                jdbc.query("SELECT " + ORDER_ID + ", " + SHIPPING_ADDRESS + "::text FROM " + table + " WHERE " + CUSTOMER_ID
                                + " = ? OR " + CART_ID + " = ? OR " + ORDER_ID + " = ? FOR UPDATE",
                        row -> {
                            JsonNode address = json.read(row.getString(2), TREE);
                            ErasedFields.erase(address, ErasedFields.ADDRESS_PARTS);
                            jdbc.update("UPDATE " + table + " SET " + SHIPPING_ADDRESS + " = ?::jsonb WHERE " + ORDER_ID + " = ?",
                                    json.write(address), row.getObject(1, UUID.class));
                        }, subject, subject, subject);
            }
        }
    }
}
