package io.ultramarket.commerce.projections.search;

import io.ultramarket.commerce.projections.columns.WriterJdbc;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import io.ultramarket.commerce.schemas.productreview.ProductReviewEvent;
import io.ultramarket.commerce.schemas.stock.StockEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/**
 * The search documents' dead-letter sequence: the product. A product's document is written by its own
 * events, by the stock events of its SKUs and by its reviews' approvals (stock items and reviews are other
 * aggregates), so a poisoned document must hold back all of them, and only them: a stock event's SKU is looked up in this generation's
 * {@code search_sku}, in the processor's transaction, or in what the batch's held documents know of it (ADR 0095),
 * so a SKU listed earlier in the same batch counts.
 * A SKU no product lists yet is a sequence of its own ({@code sku:<SKU>}): no document depends on it.
 *
 * <p>The projection runs on one segment, so the answer never moves an event to another segment.
 */
final class ProductSequence implements SequencingPolicy<EventMessage<?>> {

    private final JdbcTemplate jdbc;
    private final String skus;

    ProductSequence(JdbcTemplate jdbc, String skus) {
        this.jdbc = jdbc;
        this.skus = skus;
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof ProductEvent product) {
            return product.productId().toString();
        }
        if (event.getPayload() instanceof ProductReviewEvent review) {
            return review.productId().toString();
        }
        if (event.getPayload() instanceof StockEvent stock) {
            String sku = stock.stockItemId().sku().value();
            ProductDocuments held = WriterJdbc.heldAlready(jdbc, skus);
            if (held != null) {
                return held.listing(sku).map(UUID::toString).orElse("sku:" + sku);
            }
            List<String> product = jdbc.queryForList("SELECT " + SearchDocumentsSchema.PRODUCT_ID + "::text FROM " + skus
                    + " WHERE " + SearchDocumentsSchema.SKU + " = ?", String.class, sku);
            return product.isEmpty() ? "sku:" + sku : product.get(0);
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
