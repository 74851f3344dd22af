package io.ultramarket.commerce.query.customer;

import io.ultramarket.commerce.query.columns.JsonColumnReader;
import io.ultramarket.commerce.query.customer.CustomerView.BookedAddress;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.customer.CustomerViewSchema.CUSTOMER;
import static io.ultramarket.commerce.projections.customer.CustomerViewSchema.CUSTOMER_ID;
import static io.ultramarket.commerce.projections.customer.CustomerViewSchema.TABLE;
import static io.ultramarket.commerce.query.columns.RowValues.instant;

/** Reads the customers read model (the view {@code customer_view}, see {@code CustomerViewSchema}) without blocking. */
@Component
public class Customers {

    /** The stored JSON document's shape (a {@code CustomerRecord}). */
    record StoredCustomer(String email, String name, String language, List<BookedAddress> addresses) {
    }

    private static final String BY_ID = "SELECT " + CUSTOMER_ID + ", " + CUSTOMER + "::text AS " + CUSTOMER + ", "
            + String.join(", ", VERSION, CREATED_AT, UPDATED_AT) + " FROM " + TABLE + " WHERE " + CUSTOMER_ID + " = :customerId";

    private final DatabaseClient database;
    private final JsonColumnReader json;

    Customers(DatabaseClient database, JsonColumnReader json) {
        this.database = database;
        this.json = json;
    }

    /** The customer, or empty when the read model does not know them (yet). */
    public Mono<CustomerView> byId(UUID customerId) {
        return database.sql(BY_ID)
                .bind("customerId", customerId)
                .map(row -> {
                    StoredCustomer stored = json.read(row.get(CUSTOMER, String.class), StoredCustomer.class);
                    return new CustomerView(row.get(CUSTOMER_ID, UUID.class), stored.email(), stored.name(), stored.language(),
                            stored.addresses() == null ? List.of() : stored.addresses(), row.get(VERSION, Long.class),
                            instant(row, CREATED_AT), instant(row, UPDATED_AT));
                })
                .one();
    }
}
