package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.CreateProduct;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductTaxCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.UpdateProduct;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.totals.TaxCategory.REDUCED;
import static io.ultramarket.commerce.schemas.totals.TaxCategory.ZERO;

/** A tax category set on the product itself (ADR 0075): given at creation, changed or cleared by an update. */
class ProductTaxCategoryTest {

    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final CategoryPath GIFTS = CategoryPath.of("gifts/sets");
    private static final List<ProductVariant> BOOK_SET =
            List.of(new ProductVariant(Sku.of("BOOK-SET"), Money.of("19.99", "EUR"), Map.of()));

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    private static ProductCreated created(TaxCategory taxCategory) {
        return new ProductCreated(PRODUCT, "Book set", "", GIFTS, BOOK_SET, taxCategory);
    }

    private static UpdateProduct update(TaxCategory taxCategory) {
        return new UpdateProduct(PRODUCT, "Book set", "", GIFTS, BOOK_SET, taxCategory);
    }

    @Test
    void aBookSetInGiftsCreatedReducedRecordsItsOwnTaxCategory() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, "Book set", "", GIFTS, BOOK_SET, REDUCED))
                .expectEvents(created(REDUCED));
    }

    @Test
    void aProductCreatedWithoutOneFollowsItsCatalogCategory() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, "Book set", "", GIFTS, BOOK_SET))
                .expectEvents(created(null));
    }

    @Test
    void anUpdateSettingReducedOnAProductThatFollowedItsCategoryRecordsTheChange() {
        fixture.given(created(null))
                .when(update(REDUCED))
                .expectEvents(new ProductTaxCategoryChanged(PRODUCT, REDUCED, null));
    }

    @Test
    void anUpdateFromReducedToZeroNamesBoth() {
        fixture.given(created(REDUCED))
                .when(update(ZERO))
                .expectEvents(new ProductTaxCategoryChanged(PRODUCT, ZERO, REDUCED));
    }

    @Test
    void anUpdateWithoutOneClearsItAndTheProductFollowsItsCategoryAgain() {
        fixture.given(created(REDUCED))
                .when(update(null))
                .expectEvents(new ProductTaxCategoryChanged(PRODUCT, null, REDUCED));
    }

    @Test
    void anUpdateWithTheSameTaxCategoryChangesNothing() {
        fixture.given(created(REDUCED), new ProductTaxCategoryChanged(PRODUCT, ZERO, REDUCED))
                .when(update(ZERO))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
