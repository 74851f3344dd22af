package io.ultramarket.commerce.projections.search;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.projections.catalog.CatalogProduct;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.stock.StockLevelsWriter;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAdded;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.stock.StockReservationCommitted;
import io.ultramarket.commerce.schemas.stock.StockReservationReleased;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;

/**
 * Writes one generation of the search documents. A product event applies only over an older product
 * version (its aggregate's sequence number); stock events keep this generation's own stock levels,
 * versioned per stock item. Whatever changes a document bumps its revision, which marks it for shipping.
 */
class SearchDocumentsWriter {

    private static final TypeReference<CatalogProduct> PRODUCT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final String documents;
    private final String skus;
    private final StockLevelsWriter stock;
    private final String stockTable;

    SearchDocumentsWriter(JdbcTemplate jdbc, JsonColumns json, String documents, String skus, StockLevelsWriter stock,
                          String stockTable) {
        this.jdbc = jdbc;
        this.json = json;
        this.documents = documents;
        this.skus = skus;
        this.stock = stock;
        this.stockTable = stockTable;
    }

    @EventHandler
    void on(ProductCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        event.variants().forEach(variant -> mapSku(variant, event.productId()));
        jdbc.update("INSERT INTO " + documents + " (product_id, product, in_stock, product_version, revision, "
                        + "created_at, updated_at) VALUES (?, ?::jsonb, " + availabilityOf("?") + ", ?, 1, ?, ?) "
                        + "ON CONFLICT (product_id) DO NOTHING",
                event.productId(), json.write(CatalogProduct.of(event)), event.productId(), version, utc(at), utc(at));
    }

    @EventHandler
    void on(ProductEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        List<String> current = jdbc.queryForList("SELECT product::text FROM " + documents
                + " WHERE product_id = ? AND product_version < ?", String.class, event.productId(), version);
        if (current.isEmpty()) {
            return;
        }
        if (event instanceof ProductVariantAdded added) {
            mapSku(added.variant(), event.productId());
        }
        CatalogProduct changed = json.read(current.get(0), PRODUCT).with(event);
        jdbc.update("UPDATE " + documents + " d SET product = ?::jsonb, product_version = ?, in_stock = "
                        + availabilityOf("d.product_id") + ", revision = d.revision + 1, updated_at = ? "
                        + "WHERE d.product_id = ?",
                json.write(changed), version, utc(at), event.productId());
    }

    @EventHandler
    void on(StockItemRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        stock.on(event, version, at);
        refreshAvailability(event.stockItemId(), at);
    }

    @EventHandler
    void on(StockReceived event, @SequenceNumber long version, @Timestamp Instant at) {
        stock.on(event, version, at);
        refreshAvailability(event.stockItemId(), at);
    }

    @EventHandler
    void on(StockAdjusted event, @SequenceNumber long version, @Timestamp Instant at) {
        stock.on(event, version, at);
        refreshAvailability(event.stockItemId(), at);
    }

    @EventHandler
    void on(StockReserved event, @SequenceNumber long version, @Timestamp Instant at) {
        stock.on(event, version, at);
        refreshAvailability(event.stockItemId(), at);
    }

    @EventHandler
    void on(StockReservationReleased event, @SequenceNumber long version, @Timestamp Instant at) {
        stock.on(event, version, at);
        refreshAvailability(event.stockItemId(), at);
    }

    @EventHandler
    void on(StockReservationCommitted event, @SequenceNumber long version, @Timestamp Instant at) {
        stock.on(event, version, at);
        refreshAvailability(event.stockItemId(), at);
    }

    /** A SKU belongs to the product that listed it last (the catalog keeps SKUs unique within a product only). */
    private void mapSku(ProductVariant variant, UUID productId) {
        jdbc.update("INSERT INTO " + skus + " (sku, product_id) VALUES (?, ?) "
                + "ON CONFLICT (sku) DO UPDATE SET product_id = excluded.product_id", variant.sku().value(), productId);
    }

    /** The document changes (and gets a new revision) only when the product's availability flips. */
    private void refreshAvailability(StockItemId stockItem, Instant at) {
        jdbc.update("UPDATE " + documents + " d SET in_stock = NOT d.in_stock, revision = d.revision + 1, updated_at = ? "
                        + "FROM " + skus + " k WHERE k.sku = ? AND d.product_id = k.product_id "
                        + "AND d.in_stock <> " + availabilityOf("d.product_id"),
                utc(at), stockItem.sku().value());
    }

    /** SQL: whether any SKU of the product named by {@code productId} (a column or '?') has units to sell. */
    private String availabilityOf(String productId) {
        return "EXISTS (SELECT 1 FROM " + skus + " s JOIN " + stockTable + " l ON l.sku = s.sku "
                + "WHERE s.product_id = " + productId + " AND l.on_hand - l.reserved > 0)";
    }
}
