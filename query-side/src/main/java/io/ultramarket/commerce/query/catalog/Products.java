package io.ultramarket.commerce.query.catalog;

import io.ultramarket.commerce.query.columns.JsonColumnReader;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.query.columns.RowValues.instant;

/** Reads the products read model (the view {@code product_view}) without blocking. */
@Component
public class Products {

    /** The stored JSON document's shape; only what a product view shows is read from it. */
    record StoredProduct(String name, String description, String category, List<ProductVariant> variants,
                                 boolean published) {
    }

    private final DatabaseClient database;
    private final JsonColumnReader json;

    Products(DatabaseClient database, JsonColumnReader json) {
        this.database = database;
        this.json = json;
    }

    /** The product, or empty when the read model does not know it. */
    public Mono<ProductView> byId(UUID productId) {
        return database.sql("SELECT product_id, product::text AS product, version, created_at, updated_at "
                        + "FROM product_view WHERE product_id = :productId")
                .bind("productId", productId)
                .map(row -> {
                    StoredProduct stored = json.read(row.get("product", String.class), StoredProduct.class);
                    return new ProductView(row.get("product_id", UUID.class), stored.name(), stored.description(),
                            stored.category(), stored.variants(), stored.published(), row.get("version", Long.class),
                            instant(row, "created_at"), instant(row, "updated_at"));
                })
                .one();
    }
}
