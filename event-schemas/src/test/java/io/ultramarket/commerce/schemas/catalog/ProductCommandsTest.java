package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.CommandRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product needs a name, a category and at least one variant, within the catalog's bounds, whether it is
 * created or replaced; the commands refuse anything else as they are built.
 */
class ProductCommandsTest {

    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final CategoryPath SHOES = CategoryPath.of("apparel/shoes");
    private static final ProductVariant SIZE_42 =
            new ProductVariant(Sku.of("SHOE-42"), Money.of("59.90", "EUR"), Map.of("size", "42"));

    /** The same refusals for both ways of saying what a product is made of. */
    private static void assertBothRefuse(String name, String description, CategoryPath category,
                                         List<ProductVariant> variants, String missing) {
        assertRefused(() -> new CreateProduct(PRODUCT, name, description, category, variants),
                "product-details-required", "Product details required",
                "To create product " + PRODUCT + ", give " + missing + ".");
        assertRefused(() -> new UpdateProduct(PRODUCT, name, description, category, variants),
                "product-details-required", "Product details required",
                "To update product " + PRODUCT + ", give " + missing + ".");
    }

    @Test
    void aProductNeedsANameOfBoundedLength() {
        assertBothRefuse(" ", "", SHOES, List.of(SIZE_42), "a name of 1 to 200 characters");
        assertBothRefuse(null, "", SHOES, List.of(SIZE_42), "a name of 1 to 200 characters");
        assertBothRefuse("x".repeat(CreateProduct.MAX_NAME + 1), "", SHOES, List.of(SIZE_42),
                "a name of 1 to 200 characters");
        // The name is kept without its surrounding blanks, so they do not count against the bound.
        assertThat(new CreateProduct(PRODUCT, " " + "x".repeat(CreateProduct.MAX_NAME) + " ", null, SHOES,
                List.of(SIZE_42)).name()).hasSize(CreateProduct.MAX_NAME + 2);
    }

    @Test
    void aDescriptionIsOptionalButBounded() {
        assertThat(new UpdateProduct(PRODUCT, "Shoe", null, SHOES, List.of(SIZE_42)).description()).isNull();
        assertBothRefuse("Shoe", "x".repeat(CreateProduct.MAX_DESCRIPTION + 1), SHOES, List.of(SIZE_42),
                "a description of at most 5000 characters");
    }

    @Test
    void aProductNeedsACategoryAndOneToAHundredVariants() {
        assertBothRefuse("Shoe", "", null, List.of(SIZE_42), "a category such as apparel/shoes");
        assertBothRefuse("Shoe", "", SHOES, List.of(), "1 to 100 variants");
        assertBothRefuse("Shoe", "", SHOES, null, "1 to 100 variants");
        assertBothRefuse("Shoe", "", SHOES, Collections.nCopies(CreateProduct.MAX_VARIANTS + 1, SIZE_42),
                "1 to 100 variants");
    }

    @Test
    void aPriceChangeNamesTheSkuAndItsNewPrice() {
        String detail = "To change the price of product " + PRODUCT + ", give a SKU and its new price.";
        assertRefused(() -> new ChangeProductPrice(PRODUCT, null, Money.of("1.00", "EUR")),
                "product-details-required", "Product details required", detail);
        assertRefused(() -> new ChangeProductPrice(PRODUCT, Sku.of("SHOE-42"), null),
                "product-details-required", "Product details required", detail);
    }
}
