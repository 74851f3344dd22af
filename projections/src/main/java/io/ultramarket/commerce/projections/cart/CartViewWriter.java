package io.ultramarket.commerce.projections.cart;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.LineItem;
import io.ultramarket.commerce.projections.columns.VersionedRows;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartClaimed;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CartItemQuantityChanged;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.ItemRemovedFromCart;
import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static io.ultramarket.commerce.projections.cart.CartViewSchema.CART_ID;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.CURRENCY;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.CUSTOMER_ID;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.ITEM_COUNT;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.LINES;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.ORDER_ID;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.STATUS;
import static io.ultramarket.commerce.projections.cart.CartViewSchema.TOTAL_AMOUNT;
import static io.ultramarket.commerce.projections.columns.ColumnTypes.nullable;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;

/**
 * Writes one generation of the cart view. A line change reads the row's lines, changes them and writes them
 * back: the processor applies one aggregate's events in order on one thread, so nothing interleaves.
 */
class CartViewWriter {

    private static final TypeReference<List<LineItem>> LINE_ITEMS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final String table;
    private final VersionedRows rows;

    CartViewWriter(JdbcTemplate jdbc, JsonColumns json, String table) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.rows = new VersionedRows(jdbc, table, CART_ID);
    }

    @EventHandler
    void on(CartCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", CART_ID, CUSTOMER_ID, STATUS, LINES, TOTAL_AMOUNT,
                        ITEM_COUNT, VERSION, CREATED_AT, UPDATED_AT) + ") VALUES (?, ?, 'OPEN', '[]', 0, 0, ?, ?, ?) "
                        + "ON CONFLICT (" + CART_ID + ") DO NOTHING",
                event.cartId(), event.customerId(), version, utc(at), utc(at));
    }

    /** A guest's cart that a customer claimed is theirs from now on, in their list of carts too. */
    @EventHandler
    void on(CartClaimed event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(event.cartId(), version, at, CUSTOMER_ID + " = ?", event.customerId());
    }

    @EventHandler
    void on(ItemAddedToCart event, @SequenceNumber long version, @Timestamp Instant at) {
        changeLines(event.cartId(), version, at,
                lines -> lines.withAdded(event.sku(), event.lineQuantity(), event.unitPrice()));
    }

    @EventHandler
    void on(CartItemQuantityChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        changeLines(event.cartId(), version, at, lines -> lines.withQuantity(event.sku(), event.quantity()));
    }

    @EventHandler
    void on(ItemRemovedFromCart event, @SequenceNumber long version, @Timestamp Instant at) {
        changeLines(event.cartId(), version, at, lines -> lines.without(event.sku()));
    }

    /** The checkout event carries the final lines and total: they replace whatever the view had. */
    @EventHandler
    void on(CartCheckedOut event, @SequenceNumber long version, @Timestamp Instant at) {
        write(event.cartId(), new CartLines(event.lines()), "CHECKED_OUT", event.orderId(), version, at);
    }

    private void changeLines(UUID cartId, long version, Instant at, UnaryOperator<CartLines> change) {
        List<String> current = jdbc.queryForList("SELECT " + LINES + "::text FROM " + table
                + " WHERE " + CART_ID + " = ? AND " + VERSION + " < ?", String.class, cartId, version);
        if (!current.isEmpty()) {
            CartLines lines = CartLines.of(json.read(current.get(0), LINE_ITEMS));
            write(cartId, change.apply(lines), "OPEN", null, version, at);
        }
    }

    private void write(UUID cartId, CartLines lines, String status, UUID orderId, long version, Instant at) {
        Optional<Money> total = lines.total();
        rows.apply(cartId, version, at,
                STATUS + " = ?, " + ORDER_ID + " = ?, " + LINES + " = ?::jsonb, " + TOTAL_AMOUNT + " = ?, "
                        + CURRENCY + " = ?, " + ITEM_COUNT + " = ?",
                status, nullable(orderId, Types.OTHER), json.write(lines.items()),
                total.map(Money::amount).orElse(BigDecimal.ZERO),
                nullable(total.map(money -> money.currency().getCurrencyCode()).orElse(null), Types.CHAR),
                lines.itemCount());
    }
}
