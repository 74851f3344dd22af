package io.ultramarket.commerce.query.catalog;

import io.r2dbc.spi.Readable;
import io.ultramarket.commerce.projections.productreview.ProductReviewsSchema;
import io.ultramarket.commerce.query.columns.JsonColumnReader;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.projections.catalog.ProductViewSchema.PRODUCT;
import static io.ultramarket.commerce.projections.catalog.ProductViewSchema.PRODUCT_ID;
import static io.ultramarket.commerce.projections.catalog.ProductViewSchema.TABLE;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.productreview.ProductReviewsSchema.RATINGS;
import static io.ultramarket.commerce.projections.productreview.ProductReviewsSchema.RATING_SUM;
import static io.ultramarket.commerce.projections.productreview.ProductReviewsSchema.REVIEW_COUNT;
import static io.ultramarket.commerce.query.columns.RowValues.instant;

/** Reads the products read model (the view {@code product_view}, see {@code ProductViewSchema}) without blocking. */
@Component
public class Products {

    /** The stored JSON document's shape (a {@code CatalogProduct}); only what a product view shows is read from it. */
    record StoredProduct(String name, String description, String category, List<ProductVariant> variants,
                         List<VariantPrice> prices, boolean published, TaxCategory taxCategory) {

        StoredProduct {
            prices = prices == null ? List.of() : prices;
        }
    }

    /** With the product's rating from the product reviews read model (ADR 0068): none while nothing is approved. */
    private static final String SELECT = "SELECT p." + PRODUCT_ID + ", p." + PRODUCT + "::text AS " + PRODUCT + ", p."
            + String.join(", p.", VERSION, CREATED_AT, UPDATED_AT) + ", r." + REVIEW_COUNT + ", r." + RATING_SUM
            + " FROM " + TABLE + " p LEFT JOIN " + RATINGS + " r ON r." + ProductReviewsSchema.PRODUCT_ID + " = p." + PRODUCT_ID;
    private static final String BY_ID = SELECT + " WHERE p." + PRODUCT_ID + " = :productId";
    /** Package-visible for ProductsByIndexIT, which reads its plan. */
    static final String LATEST = SELECT + " ORDER BY p." + UPDATED_AT + " DESC, p." + PRODUCT_ID + " LIMIT :limit";

    private final DatabaseClient database;
    private final JsonColumnReader json;

    Products(DatabaseClient database, JsonColumnReader json) {
        this.database = database;
        this.json = json;
    }

    /** The product, or empty when the read model does not know it. */
    public Mono<ProductView> byId(UUID productId) {
        return database.sql(BY_ID).bind("productId", productId).map(this::product).one();
    }

    /** The products changed last, published or not, for the console (ADR 0062). */
    public Flux<ProductView> latest(int limit) {
        return database.sql(LATEST).bind("limit", limit).map(this::product).all();
    }

    private ProductView product(Readable row) {
        StoredProduct stored = json.read(row.get(PRODUCT, String.class), StoredProduct.class);
        return new ProductView(row.get(PRODUCT_ID, UUID.class), stored.name(), stored.description(),
                stored.category(), stored.taxCategory(), stored.variants(), stored.prices(), stored.published(), row.get(VERSION, Long.class),
                instant(row, CREATED_AT), instant(row, UPDATED_AT), ProductRating.of(row.get(REVIEW_COUNT, Integer.class),
                        row.get(RATING_SUM, Long.class)));
    }
}
