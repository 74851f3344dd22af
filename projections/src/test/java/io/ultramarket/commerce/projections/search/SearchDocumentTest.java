package io.ultramarket.commerce.projections.search;

import io.ultramarket.commerce.projections.catalog.CatalogProduct;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SearchDocumentTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    private static CatalogProduct shoe(boolean published) {
        return new CatalogProduct(ID, "Trail  runner shoe", "Light", "apparel/shoes/running", List.of(
                new ProductVariant(Sku.of("S-42"), Money.of("64.90", "EUR"), Map.of("size", "42", "colour", "blue")),
                new ProductVariant(Sku.of("S-43"), Money.of("59.90", "EUR"), Map.of("size", "43", "colour", "blue"))),
                published, List.of(), null);
    }

    @Test
    void aDocumentCarriesTheCategoryWithItsAncestorsThePriceRangeAndEachAttributePairOnce() {
        SearchDocument document = SearchDocument.of(shoe(true), true, Instant.ofEpochMilli(1_000), 0, 0);

        assertThat(document.categories()).containsExactly("apparel", "apparel/shoes", "apparel/shoes/running");
        assertThat(document.priceMin()).isEqualTo(59.90);
        assertThat(document.priceMax()).isEqualTo(64.90);
        assertThat(document.currency()).isEqualTo("EUR");
        assertThat(document.attributes()).containsExactly("colour=blue", "size=42", "size=43");
        assertThat(document.skus()).containsExactly("S-42", "S-43");
        assertThat(document.inStock()).isTrue();
        assertThat(document.createdAt()).isEqualTo(1_000);
        assertThat(document.rating()).as("no approved review yet").isNull();
        assertThat(document.reviewCount()).isZero();
    }

    @Test
    void aDocumentsRatingIsTheAverageOfItsApprovedReviews() {
        SearchDocument rated = SearchDocument.of(shoe(true), true, Instant.EPOCH, 3, 13);

        assertThat(rated.reviewCount()).isEqualTo(3);
        assertThat(rated.rating()).isEqualTo(13.0 / 3);
    }

    @Test
    void aPublishedProductIsSuggestedFromEveryWordOfItsNameAnUnpublishedOneNotAtAll() {
        assertThat(SearchDocument.of(shoe(true), false, Instant.EPOCH, 0, 0).suggest().input())
                .containsExactly("Trail runner shoe", "runner shoe", "shoe");
        SearchDocument hidden = SearchDocument.of(shoe(false), false, Instant.EPOCH, 0, 0);
        assertThat(hidden.published()).isFalse();
        assertThat(hidden.suggest()).isNull();
    }
}
