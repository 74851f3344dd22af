package io.ultramarket.commerce.projections.catalog;

import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductPublished;
import io.ultramarket.commerce.schemas.catalog.ProductTaxCategoryChanged;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAdded;
import io.ultramarket.commerce.schemas.catalog.ProductVariantAttributesChanged;
import io.ultramarket.commerce.schemas.catalog.ProductVariantPriceChanged;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.catalog.VariantPriceListed;
import io.ultramarket.commerce.schemas.catalog.VariantPriceRemoved;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogProductTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final ProductVariant SIZE_42 = new ProductVariant(Sku.of("S-42"), Money.of("10.00", "EUR"), Map.of("size", "42"));

    @Test
    void eachEventChangesOnlyWhatItSays() {
        CatalogProduct product = CatalogProduct.of(new ProductCreated(ID, "Shoe", "", CategoryPath.of("apparel/shoes"), List.of(SIZE_42), null))
                .with(new ProductVariantAdded(ID, new ProductVariant(Sku.of("S-43"), Money.of("11.00", "EUR"), Map.of())))
                .with(new ProductVariantPriceChanged(ID, Sku.of("S-42"), Money.of("10.00", "EUR"), Money.of("8.00", "EUR")))
                .with(new ProductVariantAttributesChanged(ID, Sku.of("S-43"), Map.of("size", "43")))
                .with(new ProductCategoryChanged(ID, CategoryPath.of("apparel/boots")))
                .with(new ProductPublished(ID));

        assertThat(product).isEqualTo(new CatalogProduct(ID, "Shoe", "", "apparel/boots", List.of(
                new ProductVariant(Sku.of("S-42"), Money.of("8.00", "EUR"), Map.of("size", "42")),
                new ProductVariant(Sku.of("S-43"), Money.of("11.00", "EUR"), Map.of("size", "43"))), true, List.of(), null));
    }

    @Test
    void aBookSetCreatedReducedThenZeroThenClearedFollowsItsCatalogCategoryAgain() {
        CatalogProduct created = CatalogProduct.of(new ProductCreated(ID, "Book set", "", CategoryPath.of("gifts"),
                List.of(SIZE_42), TaxCategory.REDUCED));
        CatalogProduct zero = created.with(new ProductTaxCategoryChanged(ID, TaxCategory.ZERO, TaxCategory.REDUCED));
        CatalogProduct cleared = zero.with(new ProductTaxCategoryChanged(ID, null, TaxCategory.ZERO));

        assertThat(created.taxCategory()).isEqualTo(TaxCategory.REDUCED);
        assertThat(zero.taxCategory()).isEqualTo(TaxCategory.ZERO);
        assertThat(cleared.taxCategory()).isNull();
        assertThat(cleared.category()).isEqualTo("gifts");
    }

    @Test
    void aMugKeepsItsPricesPerCurrencyAndGroupAndAPriceWithTheSameStartReplacesTheOldOne() {
        Sku mug = Sku.of("S-42");
        Instant jan = Instant.parse("2026-01-01T00:00:00Z");
        var usd = new VariantPrice(mug, Money.of("10.50", "USD"), null, jan, null);
        var usdAgain = new VariantPrice(mug, Money.of("9.50", "USD"), null, jan, null);
        var b2b = new VariantPrice(mug, Money.of("8.00", "USD"), CustomerGroup.of("b2b"), null, null);
        var jpy = new VariantPrice(mug, Money.of("1200", "JPY"), null, null, null);

        CatalogProduct product = CatalogProduct.of(new ProductCreated(ID, "Mug", "", CategoryPath.of("kitchen"), List.of(SIZE_42), null))
                .with(new VariantPriceListed(ID, usd))
                .with(new VariantPriceListed(ID, b2b))
                .with(new VariantPriceListed(ID, jpy))
                .with(new VariantPriceListed(ID, usdAgain))
                .with(new VariantPriceRemoved(ID, mug, Currency.getInstance("JPY"), null, null));

        assertThat(product.prices()).containsExactly(b2b, usdAgain);
        assertThat(product.variants()).containsExactly(SIZE_42);
    }

    @Test
    void creationIsNotAChange() {
        CatalogProduct product = CatalogProduct.of(new ProductCreated(ID, "Shoe", "", CategoryPath.of("apparel"), List.of(SIZE_42), null));
        assertThatThrownBy(() -> product.with(new ProductCreated(ID, "Shoe", "", CategoryPath.of("apparel"), List.of(SIZE_42), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
