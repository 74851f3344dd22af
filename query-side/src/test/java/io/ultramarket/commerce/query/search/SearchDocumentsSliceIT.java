package io.ultramarket.commerce.query.search;

import io.ultramarket.commerce.projections.search.SearchDocumentsSchema;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductPublished;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.DOCUMENTS;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.IN_STOCK;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.PRODUCT;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.PRODUCT_ID;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.PRODUCT_VERSION;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.REVISION;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.SHIPPED_REVISION;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.SKU;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.SKUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search documents that product search's index is shipped from, from the products' and their SKUs' stock
 * events to the rows the indexer reads (no query-side class reads them: they are read here by their schema).
 */
@ExtendWith(ReadModelSlices.class)
class SearchDocumentsSliceIT {

    private static final Sku BLUE = Sku.of("MUG-BLUE");
    private static final Sku RED = Sku.of("MUG-RED");

    private final UUID mug = UUID.randomUUID();

    /** A document changes, and so must be shipped again, when the product changes or its availability flips. */
    @Test
    void aProductsDocumentIsInStockOnceOneOfItsSkusHasUnitsToSell(ReadModelDatabase database) {
        StockItemId blueInBerlin = StockItemId.of(BLUE.value(), "BER-1");
        StockItemId redInBerlin = StockItemId.of(RED.value(), "BER-1");
        ReadModelSlice documents = database.slice(SearchDocumentsSchema.class)
                .apply(mug, new ProductCreated(mug, "Mug", "A mug", CategoryPath.of("kitchen/mugs"), List.of(
                        new ProductVariant(BLUE, Money.of("9.90", "EUR"), Map.of("colour", "blue")),
                        new ProductVariant(RED, Money.of("9.90", "EUR"), Map.of("colour", "red"))), null))
                .apply(blueInBerlin, new StockItemRegistered(blueInBerlin, 0));
        assertThat(document(documents, mug)).containsEntry(IN_STOCK, false).containsEntry(REVISION, 1L);

        documents.apply(redInBerlin, new StockItemRegistered(redInBerlin, 2))
                .apply(blueInBerlin, new StockReceived(blueInBerlin, Quantity.of(5), "receipt-1", 5))
                .apply(redInBerlin, new StockReserved(redInBerlin, UUID.randomUUID(), Quantity.of(2), 0))
                .apply(mug, new ProductPublished(mug));

        // In stock from the red mug's registration on; the blue mug's arrival and the red mug's reservation flip nothing.
        assertThat(document(documents, mug))
                .containsEntry(PRODUCT_ID, mug)
                .containsEntry("name", "Mug")
                .containsEntry("published", true)
                .containsEntry(IN_STOCK, true)
                .containsEntry(PRODUCT_VERSION, 1L)
                .containsEntry(REVISION, 3L)
                .containsEntry(SHIPPED_REVISION, 0L);
        assertThat(documents.jdbc().queryForList("SELECT " + SKU + " FROM " + SKUS + " WHERE " + PRODUCT_ID + " = ? ORDER BY 1",
                String.class, mug)).containsExactly(BLUE.value(), RED.value());
    }

    private static Map<String, Object> document(ReadModelSlice documents, UUID productId) {
        return documents.jdbc().queryForMap("SELECT " + String.join(", ", PRODUCT_ID, IN_STOCK, PRODUCT_VERSION, REVISION,
                        SHIPPED_REVISION) + ", " + PRODUCT + "->>'name' AS name, (" + PRODUCT + "->>'published')::boolean AS published "
                        + "FROM " + DOCUMENTS + " WHERE " + PRODUCT_ID + " = ?", productId);
    }
}
