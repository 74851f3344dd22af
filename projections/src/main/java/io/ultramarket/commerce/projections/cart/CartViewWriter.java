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

import static io.ultramarket.commerce.projections.columns.ColumnTypes.nullable;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;

/**
 * Writes one generation of the cart view. A line change reads the row's lines, changes them and writes them
 * back: the processor applies one aggregate's events in order on one thread, so nothing interleaves.
 */
class CartViewWriter {

    private static final TypeReference<List<LineItem>> LINES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final String table;
    private final VersionedRows rows;

    CartViewWriter(JdbcTemplate jdbc, JsonColumns json, String table) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.rows = new VersionedRows(jdbc, table, "cart_id");
    }

    @EventHandler
    void on(CartCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (cart_id, customer_id, status, lines, total_amount, item_count, "
                        + "version, created_at, updated_at) VALUES (?, ?, 'OPEN', '[]', 0, 0, ?, ?, ?) "
                        + "ON CONFLICT (cart_id) DO NOTHING",
                event.cartId(), event.customerId(), version, utc(at), utc(at));
    }

    /** A guest's cart that a customer claimed is theirs from now on, in their list of carts too. */
    @EventHandler
    void on(CartClaimed event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(event.cartId(), version, at, "customer_id = ?", event.customerId());
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
        List<String> current = jdbc.queryForList("SELECT lines::text FROM " + table + " WHERE cart_id = ? AND version < ?",
                String.class, cartId, version);
        if (!current.isEmpty()) {
            CartLines lines = CartLines.of(json.read(current.get(0), LINES));
            write(cartId, change.apply(lines), "OPEN", null, version, at);
        }
    }

    private void write(UUID cartId, CartLines lines, String status, UUID orderId, long version, Instant at) {
        Optional<Money> total = lines.total();
        rows.update(cartId, version, at,
                "status = ?, order_id = ?, lines = ?::jsonb, total_amount = ?, currency = ?, item_count = ?",
                status, nullable(orderId, Types.OTHER), json.write(lines.items()),
                total.map(Money::amount).orElse(BigDecimal.ZERO),
                nullable(total.map(money -> money.currency().getCurrencyCode()).orElse(null), Types.CHAR),
                lines.itemCount());
    }
}
