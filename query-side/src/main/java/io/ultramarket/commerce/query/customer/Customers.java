package io.ultramarket.commerce.query.customer;

import io.ultramarket.commerce.query.columns.JsonColumnReader;
import io.ultramarket.commerce.query.customer.CustomerView.BookedAddress;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.query.columns.RowValues.instant;

/** Reads the customers read model (the view {@code customer_view}) without blocking. */
@Component
public class Customers {

    /** The stored JSON document's shape. */
    record StoredCustomer(String email, String name, List<BookedAddress> addresses) {
    }

    private final DatabaseClient database;
    private final JsonColumnReader json;

    Customers(DatabaseClient database, JsonColumnReader json) {
        this.database = database;
        this.json = json;
    }

    /** The customer, or empty when the read model does not know them (yet). */
    public Mono<CustomerView> byId(UUID customerId) {
        return database.sql("SELECT customer_id, customer::text AS customer, version, created_at, updated_at "
                        + "FROM customer_view WHERE customer_id = :customerId")
                .bind("customerId", customerId)
                .map(row -> {
                    StoredCustomer stored = json.read(row.get("customer", String.class), StoredCustomer.class);
                    return new CustomerView(row.get("customer_id", UUID.class), stored.email(), stored.name(),
                            stored.addresses() == null ? List.of() : stored.addresses(), row.get("version", Long.class),
                            instant(row, "created_at"), instant(row, "updated_at"));
                })
                .one();
    }
}
