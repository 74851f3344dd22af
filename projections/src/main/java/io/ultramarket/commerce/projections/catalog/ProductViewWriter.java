package io.ultramarket.commerce.projections.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.JsonDocumentRows;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * Writes one generation of the products read model: the product as a JSON document, versioned by its
 * aggregate's sequence number (see {@link JsonDocumentRows}), so an event applied twice changes nothing.
 */
class ProductViewWriter {

    static final TypeReference<CatalogProduct> PRODUCT = new TypeReference<>() {
    };

    private final JsonDocumentRows<CatalogProduct> rows;

    ProductViewWriter(JdbcTemplate jdbc, JsonColumns json, String table) {
        this.rows = new JsonDocumentRows<>(jdbc, json, table, ProductViewSchema.PRODUCT_ID, ProductViewSchema.PRODUCT, PRODUCT);
    }

    @EventHandler
    void on(ProductCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.insert(event.productId(), CatalogProduct.of(event), version, at);
    }

    @EventHandler
    void on(ProductEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.change(event.productId(), version, at, product -> product.with(event));
    }
}
