package io.ultramarket.commerce.query.cart;

import io.ultramarket.commerce.query.columns.JsonColumnReader;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.UUID;

import static io.ultramarket.commerce.query.columns.RowValues.instant;
import static io.ultramarket.commerce.query.columns.RowValues.money;

/** Reads the cart read model (the view {@code cart_view}) without blocking. */
@Component
public class Carts {

    private final DatabaseClient database;
    private final JsonColumnReader json;

    Carts(DatabaseClient database, JsonColumnReader json) {
        this.database = database;
        this.json = json;
    }

    /** The cart, or empty when the read model does not know it. */
    public Mono<CartView> byId(UUID cartId) {
        return database.sql("SELECT cart_id, customer_id, status, order_id, lines, total_amount, currency, item_count, "
                        + "version, created_at, updated_at FROM cart_view WHERE cart_id = :cartId")
                .bind("cartId", cartId)
                .map(row -> new CartView(row.get("cart_id", UUID.class), row.get("customer_id", UUID.class),
                        CartStatus.valueOf(row.get("status", String.class)), row.get("order_id", UUID.class),
                        json.lines(row.get("lines", String.class)), money(row, "total_amount", "currency"),
                        row.get("item_count", Integer.class), row.get("version", Long.class),
                        instant(row, "created_at"), instant(row, "updated_at")))
                .one();
    }
}
