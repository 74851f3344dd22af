package io.ultramarket.commerce.projections.search;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.columns.WriterJdbc;
import io.ultramarket.commerce.projections.stock.StockLevelsSchema;
import io.ultramarket.commerce.projections.stock.StockLevelsWriter;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import io.ultramarket.commerce.schemas.productreview.ProductReviewApproved;
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
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.IN_STOCK;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.PRODUCT_ID;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.RATING;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.REVIEW_ID;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.REVISION;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.SKU;

/**
 * Writes one generation of the search documents. Product events change documents held for the batch
 * ({@link ProductDocuments}) and apply only over an older product version; stock events keep this generation's own stock levels,
 * versioned per stock item; an approved review's rating is kept once per review. Whatever changes a document bumps
 * its revision, which marks it for shipping.
 */
class SearchDocumentsWriter {

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final String documents;
    private final String skus;
    private final StockLevelsWriter stock;
    private final String stockTable;
    private final String reviews;

    SearchDocumentsWriter(JdbcTemplate jdbc, JsonColumns json, String documents, String skus, StockLevelsWriter stock,
                          String stockTable, String reviews) {
        this.jdbc = jdbc;
        this.json = json;
        this.documents = documents;
        this.skus = skus;
        this.stock = stock;
        this.stockTable = stockTable;
        this.reviews = reviews;
    }

    @EventHandler
    void on(ProductCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        changeDocuments(held -> held.create(event, version, at));
    }

    @EventHandler
    void on(ProductEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        changeDocuments(held -> held.change(event, version, at));
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

    /** An approved review's rating counts once: a repeat finds its row and changes nothing. */
    @EventHandler
    void on(ProductReviewApproved event, @Timestamp Instant at) {
        int counted = jdbc.update("INSERT INTO " + reviews + " (" + REVIEW_ID + ", " + PRODUCT_ID + ", " + RATING + ") "
                + "VALUES (?, ?, ?) ON CONFLICT (" + REVIEW_ID + ") DO NOTHING", event.reviewId(), event.productId(), event.rating());
        if (counted > 0) {
            jdbc.update("UPDATE " + documents + " SET " + REVISION + " = " + REVISION + " + 1, " + UPDATED_AT + " = ? WHERE "
                    + PRODUCT_ID + " = ?", utc(at), event.productId());
        }
    }

    /**
     * Runs a change of product documents on the batch's held documents (ADR 0095), or, where statements run at once
     * (a batch in savepoints, a dead letter's retry), on documents of its own, written as soon as it is made.
     */
    private void changeDocuments(Consumer<ProductDocuments> change) {
        ProductDocuments held = heldDocuments();
        if (held != null) {
            change.accept(held);
            return;
        }
        ProductDocuments once = newDocuments();
        change.accept(once);
        once.write(jdbc);
    }

    /** The batch's held documents, keyed by this generation's SKU table, which {@link ProductSequence} reads too. */
    private ProductDocuments heldDocuments() {
        return WriterJdbc.heldIn(jdbc, skus, () -> newDocuments().lookingAhead(eventsOfBatch()));
    }

    private ProductDocuments newDocuments() {
        return new ProductDocuments(jdbc, json, documents, skus, this::availabilityOf);
    }

    private static List<? extends Message<?>> eventsOfBatch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root instanceof BatchingUnitOfWork<?> batch ? batch.getMessages() : List.of();
    }

    /** The document changes (and gets a new revision) only when the product's availability flips. */
    private void refreshAvailability(StockItemId stockItem, Instant at) {
        ProductDocuments held = heldDocuments();
        if (held != null && held.listing(stockItem.sku().value()).isEmpty()) {
            // No product lists the SKU: no document's availability depends on it.
            return;
        }
        WriterJdbc.updateLater(jdbc, "UPDATE " + documents + " d SET " + IN_STOCK + " = NOT d." + IN_STOCK + ", " + REVISION
                        + " = d." + REVISION + " + 1, " + UPDATED_AT + " = ? FROM " + skus + " k WHERE k." + SKU + " = ? AND d."
                        + PRODUCT_ID + " = k." + PRODUCT_ID + " AND d." + IN_STOCK + " <> " + availabilityOf("d." + PRODUCT_ID),
                utc(at), stockItem.sku().value());
    }

    /** SQL: whether any SKU of the product named by {@code productId} (a column or '?') has units to sell. */
    private String availabilityOf(String productId) {
        return "EXISTS (SELECT 1 FROM " + skus + " s JOIN " + stockTable + " l ON l." + StockLevelsSchema.SKU + " = s." + SKU
                + " WHERE s." + PRODUCT_ID + " = " + productId
                + " AND l." + StockLevelsSchema.ON_HAND + " - l." + StockLevelsSchema.RESERVED + " > 0)";
    }
}
