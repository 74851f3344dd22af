package io.ultramarket.commerce.query.cart;

import io.ultramarket.commerce.query.columns.JsonColumnReader;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.UUID;

import static io.ultramarket.commerce.projections.cart.CartViewSchema.CART_ID;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.CURRENCY;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.CUSTOMER_ID;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.ITEM_COUNT;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.LINES;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.ORDER_ID;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.STATUS;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.TABLE;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.TOTAL_AMOUNT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.query.columns.RowValues.instant;
import static io.ultramarket.commerce.query.columns.RowValues.money;

/** Reads the cart read model (the view {@code cart_view}, see {@code CartViewSchema}) without blocking. */
@Component
public class Carts {

    private static final String BY_ID = "SELECT " + String.join(", ", CART_ID, CUSTOMER_ID, STATUS, ORDER_ID, LINES,
            TOTAL_AMOUNT, CURRENCY, ITEM_COUNT, VERSION, CREATED_AT, UPDATED_AT) + " FROM " + TABLE + " WHERE " + CART_ID + " = :cartId";

    private final DatabaseClient database;
    private final JsonColumnReader json;

    Carts(DatabaseClient database, JsonColumnReader json) {
        this.database = database;
        this.json = json;
    }

    /** The cart, or empty when the read model does not know it. */
    public Mono<CartView> byId(UUID cartId) {
        return database.sql(BY_ID)
                .bind("cartId", cartId)
                .map(row -> new CartView(row.get(CART_ID, UUID.class), row.get(CUSTOMER_ID, UUID.class),
                        CartStatus.valueOf(row.get(STATUS, String.class)), row.get(ORDER_ID, UUID.class),
                        json.lines(row.get(LINES, String.class)), money(row, TOTAL_AMOUNT, CURRENCY),
                        row.get(ITEM_COUNT, Integer.class), row.get(VERSION, Long.class),
                        instant(row, CREATED_AT), instant(row, UPDATED_AT)))
                .one();
    }
}
