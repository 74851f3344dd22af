package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ChangeProductPrice;
import io.ultramarket.commerce.schemas.catalog.CreateProduct;
import io.ultramarket.commerce.schemas.catalog.ProductCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductDetailsUpdated;
import io.ultramarket.commerce.schemas.catalog.ProductPublished;
import io.ultramarket.commerce.schemas.catalog.ProductUnpublished;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAdded;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAttributesChanged;
import io.ultramarket.commerce.schemas.catalog.ProductVariantPriceChanged;
import io.ultramarket.commerce.schemas.catalog.PublishProduct;
import io.ultramarket.commerce.schemas.catalog.UnpublishProduct;
import io.ultramarket.commerce.schemas.catalog.UpdateProduct;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;

class ProductTest {

    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final CategoryPath SHOES = CategoryPath.of("apparel/shoes");
    private static final CategoryPath BOOTS = CategoryPath.of("apparel/boots");
    private static final ProductVariant SIZE_42 = variant("SHOE-42", "59.90", "42");
    private static final ProductVariant SIZE_43 = variant("SHOE-43", "59.90", "43");

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    private static ProductVariant variant(String sku, String eur, String size) {
        return new ProductVariant(Sku.of(sku), Money.of(eur, "EUR"), Map.of("size", size));
    }

    private static ProductCreated created() {
        return new ProductCreated(PRODUCT, "Trail runner", "Light shoe", SHOES, List.of(SIZE_42, SIZE_43), null);
    }

    private static UpdateProduct update(String name, CategoryPath category, ProductVariant... variants) {
        return new UpdateProduct(PRODUCT, name, "Light shoe", category, List.of(variants));
    }

    @Test
    void aProductIsCreatedUnpublishedWithItsVariantsAndTrimmedTexts() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, "  Trail runner ", "Light shoe\n", SHOES, List.of(SIZE_42, SIZE_43)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void aSkuNamesOneVariantOnly() {
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, "Shoe", "", SHOES, List.of(SIZE_42, variant("SHOE-42", "1.00", "44"))))
                .expectException(DuplicateProductSku.class).expectNoEvents();
    }

    @Test
    void allVariantsArePricedInOneCurrency() {
        var inDollars = new ProductVariant(Sku.of("SHOE-44"), Money.of("65.00", "USD"), Map.of());
        fixture.givenNoPriorActivity()
                .when(new CreateProduct(PRODUCT, "Shoe", "", SHOES, List.of(SIZE_42, inDollars)))
                .expectException(ProductCurrencyMismatch.class).expectNoEvents();
        fixture.given(created())
                .when(update("Trail runner", SHOES, SIZE_42, SIZE_43, inDollars))
                .expectException(ProductCurrencyMismatch.class).expectNoEvents();
        fixture.given(created())
                .when(new ChangeProductPrice(PRODUCT, SIZE_42.sku(), Money.of("65.00", "USD")))
                .expectException(ProductCurrencyMismatch.class).expectNoEvents();
    }

    @Test
    void anUpdateBecomesOneEventPerDifference() {
        var cheaper43 = variant("SHOE-43", "49.90", "43");
        var wide42 = new ProductVariant(SIZE_42.sku(), SIZE_42.price(), Map.of("size", "42", "width", "wide"));
        var size44 = variant("SHOE-44", "62.00", "44");
        fixture.given(created())
                .when(update("Trail runner II", BOOTS, wide42, cheaper43, size44))
                .expectEvents(
                        new ProductDetailsUpdated(PRODUCT, "Trail runner II", "Light shoe"),
                        new ProductCategoryChanged(PRODUCT, BOOTS),
                        new ProductVariantAttributesChanged(PRODUCT, SIZE_42.sku(), wide42.attributes()),
                        new ProductVariantPriceChanged(PRODUCT, SIZE_43.sku(), SIZE_43.price(), cheaper43.price()),
                        new ProductVariantAdded(PRODUCT, size44));
    }

    @Test
    void anUpdateWithTheSameContentChangesNothing() {
        fixture.given(created())
                .when(update("Trail runner", SHOES, SIZE_43, SIZE_42))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUpdateMustKeepEveryExistingVariant() {
        fixture.given(created())
                .when(update("Trail runner", SHOES, SIZE_42))
                .expectException(ProductVariantCannotBeRemoved.class)
                .expectExceptionMessage(containsString("SHOE-43"))
                .expectNoEvents();
    }

    @Test
    void aPriceChangeRecordsTheOldAndTheNewPriceAndTheSamePriceChangesNothing() {
        fixture.given(created())
                .when(new ChangeProductPrice(PRODUCT, SIZE_42.sku(), Money.of("45.00", "EUR")))
                .expectEvents(new ProductVariantPriceChanged(PRODUCT, SIZE_42.sku(), SIZE_42.price(), Money.of("45.00", "EUR")));
        fixture.given(created(), new ProductVariantPriceChanged(PRODUCT, SIZE_42.sku(), SIZE_42.price(), Money.of("45.00", "EUR")))
                .when(new ChangeProductPrice(PRODUCT, SIZE_42.sku(), Money.of("45.00", "EUR")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPriceChangeNeedsAKnownVariant() {
        fixture.given(created())
                .when(new ChangeProductPrice(PRODUCT, Sku.of("SHOE-99"), Money.of("45.00", "EUR")))
                .expectException(ProductVariantNotFound.class).expectNoEvents();
    }

    @Test
    void publishingAndUnpublishingHappenOnceEach() {
        fixture.given(created()).when(new PublishProduct(PRODUCT)).expectEvents(new ProductPublished(PRODUCT));
        fixture.given(created(), new ProductPublished(PRODUCT)).when(new PublishProduct(PRODUCT)).expectNoEvents();
        fixture.given(created(), new ProductPublished(PRODUCT)).when(new UnpublishProduct(PRODUCT))
                .expectEvents(new ProductUnpublished(PRODUCT));
        fixture.given(created()).when(new UnpublishProduct(PRODUCT)).expectNoEvents();
    }
}
