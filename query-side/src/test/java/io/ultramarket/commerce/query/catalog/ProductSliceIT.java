package io.ultramarket.commerce.query.catalog;

import io.ultramarket.commerce.projections.catalog.ProductViewSchema;
import io.ultramarket.commerce.projections.productreview.ProductReviewsSchema;
import io.ultramarket.commerce.query.catalog.CatalogPrices.CatalogPrice;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductDetailsUpdated;
import io.ultramarket.commerce.schemas.catalog.ProductPublished;
import io.ultramarket.commerce.schemas.catalog.ProductTaxCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantPriceChanged;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.catalog.VariantPriceListed;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The products read model, from the products' events to what {@link Products} and {@link CatalogPrices} read;
 * the prices come out of the stored product document by its JSON names, so this is where they must agree. The
 * products reader joins the product reviews' ratings, so their tables are made too (ProductReviewsSliceIT rates).
 */
@ExtendWith(ReadModelSlices.class)
class ProductSliceIT {

    private static final Sku BLUE = Sku.of("MUG-BLUE");
    private static final Sku RED = Sku.of("MUG-RED");

    @Test
    void aProductShowsItsDetailsVariantsAndWhetherItIsPublished(ReadModelDatabase database) {
        UUID mug = UUID.randomUUID();
        database.slice(ProductReviewsSchema.class);
        ReadModelSlice products = database.slice(ProductViewSchema.class, Products.class)
                .apply(mug, created(mug, "Mug"),
                        new ProductDetailsUpdated(mug, "Blue mug", "A blue mug"),
                        new ProductVariantPriceChanged(mug, RED, Money.of("9.90", "EUR"), Money.of("11.00", "EUR")),
                        new ProductTaxCategoryChanged(mug, TaxCategory.REDUCED, null),
                        new ProductPublished(mug));

        assertThat(products.reader(Products.class).byId(mug).block()).isEqualTo(new ProductView(mug, "Blue mug",
                "A blue mug", "kitchen/mugs", TaxCategory.REDUCED, List.of(
                new ProductVariant(BLUE, Money.of("9.90", "EUR"), Map.of("colour", "blue")),
                new ProductVariant(RED, Money.of("11.00", "EUR"), Map.of("colour", "red"))), List.of(),
                true, 4, at(0), at(4), new ProductRating(null, 0)));
    }

    private static final VariantPrice B2B_IN_JANUARY = new VariantPrice(BLUE, Money.of("7.00", "USD"),
            CustomerGroup.of("b2b"), Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"));
    private static final VariantPrice RED_IN_YEN = new VariantPrice(RED, Money.of("1200", "JPY"), null, null, null);

    @Test
    void onlyPublishedVariantsHaveAPriceAndEachComesWithItsListedPrices(ReadModelDatabase database) {
        UUID published = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        Sku draftSku = Sku.of("TEA-GREEN");
        ReadModelSlice products = database.slice(ProductViewSchema.class, Products.class)
                .apply(published, created(published, "Mug"), new ProductPublished(published),
                        new ProductVariantPriceChanged(published, BLUE, Money.of("9.90", "EUR"), Money.of("8.50", "EUR")),
                        new VariantPriceListed(published, B2B_IN_JANUARY), new VariantPriceListed(published, RED_IN_YEN))
                .apply(draft, new ProductCreated(draft, "Tea", "Green tea", CategoryPath.of("kitchen/tea"),
                        List.of(new ProductVariant(draftSku, Money.of("4.50", "EUR"), Map.of())), null));

        assertThat(products.reader(CatalogPrices.class).of(List.of(BLUE, RED, draftSku, Sku.of("UNKNOWN-1")))
                .collectList().block()).containsExactlyInAnyOrder(
                new CatalogPrice(BLUE, Money.of("8.50", "EUR"), List.of(B2B_IN_JANUARY)),
                new CatalogPrice(RED, Money.of("9.90", "EUR"), List.of(RED_IN_YEN)));
    }

    private static ProductCreated created(UUID productId, String name) {
        return new ProductCreated(productId, name, "A mug", CategoryPath.of("kitchen/mugs"), List.of(
                new ProductVariant(BLUE, Money.of("9.90", "EUR"), Map.of("colour", "blue")),
                new ProductVariant(RED, Money.of("9.90", "EUR"), Map.of("colour", "red"))), null);
    }
}
