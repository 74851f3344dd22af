package io.ultramarket.commerce.projections.customer;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.JsonDocumentRows;
import io.ultramarket.commerce.schemas.customer.CustomerEvent;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/** Writes one generation of the customers read model: the record as a JSON document (see {@link JsonDocumentRows}). */
class CustomerViewWriter {

    private static final TypeReference<CustomerRecord> RECORD = new TypeReference<>() {
    };

    private final JsonDocumentRows<CustomerRecord> rows;

    CustomerViewWriter(JdbcTemplate jdbc, JsonColumns json, String table) {
        this.rows = new JsonDocumentRows<>(jdbc, json, table, CustomerViewSchema.CUSTOMER_ID, CustomerViewSchema.CUSTOMER, RECORD);
    }

    @EventHandler
    void on(CustomerRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.insert(event.customerId(), CustomerRecord.of(event), version, at);
    }

    @EventHandler
    void on(CustomerEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.change(event.customerId(), version, at, customer -> customer.with(event));
    }
}
