package io.ultramarket.commerce.projections.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.VersionedRows;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;

/**
 * Writes one generation of the products read model: the product as a JSON document, versioned by its
 * aggregate's sequence number (see {@link VersionedRows}), so an event applied twice changes nothing.
 */
class ProductViewWriter {

    static final TypeReference<CatalogProduct> PRODUCT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final String table;
    private final VersionedRows rows;

    ProductViewWriter(JdbcTemplate jdbc, JsonColumns json, String table) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.rows = new VersionedRows(jdbc, table, "product_id");
    }

    @EventHandler
    void on(ProductCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (product_id, product, version, created_at, updated_at) "
                        + "VALUES (?, ?::jsonb, ?, ?, ?) ON CONFLICT (product_id) DO NOTHING",
                event.productId(), json.write(CatalogProduct.of(event)), version, utc(at), utc(at));
    }

    @EventHandler
    void on(ProductEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        List<String> current = jdbc.queryForList("SELECT product::text FROM " + table
                + " WHERE product_id = ? AND version < ?", String.class, event.productId(), version);
        if (!current.isEmpty()) {
            CatalogProduct changed = json.read(current.get(0), PRODUCT).with(event);
            rows.update(event.productId(), version, at, "product = ?::jsonb", json.write(changed));
        }
    }
}
