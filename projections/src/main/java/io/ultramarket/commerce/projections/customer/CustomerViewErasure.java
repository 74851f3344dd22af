package io.ultramarket.commerce.projections.customer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.ErasedFields;
import io.ultramarket.commerce.projections.readmodel.PersonalDataErasure;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.projections.customer.CustomerViewSchema.CUSTOMER;
import static io.ultramarket.commerce.projections.customer.CustomerViewSchema.CUSTOMER_ID;

/** A customer's record as a rebuild now shows it: email, name and the address book's personal parts erased. */
class CustomerViewErasure implements PersonalDataErasure {

    private static final TypeReference<JsonNode> TREE = new TypeReference<>() {
    };
    private static final List<String> WHO = List.of("email", "name");

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    CustomerViewErasure(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void erase(Collection<UUID> subjects) {
        for (String table : ErasedFields.inEveryGeneration(jdbc, CustomerViewSchema.PROJECTION, CustomerViewSchema.TABLE)) {
            for (UUID subject : subjects) {
                jdbc.query("SELECT " + CUSTOMER + "::text FROM " + table + " WHERE " + CUSTOMER_ID + " = ? FOR UPDATE",
                                (row, n) -> json.read(row.getString(1), TREE), subject)
                        .forEach(customer -> {
                            ErasedFields.erase(customer, WHO);
                            customer.path("addresses").forEach(booked -> ErasedFields.erase(booked.get("address"),
                                    ErasedFields.ADDRESS_PARTS));
                            jdbc.update("UPDATE " + table + " SET " + CUSTOMER + " = ?::jsonb WHERE " + CUSTOMER_ID + " = ?",
                                    json.write(customer), subject);
                        });
            }
        }
    }
}
