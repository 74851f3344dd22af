package io.ultramarket.commerce.query.productreview;

import io.ultramarket.commerce.projections.catalog.ProductViewSchema;
import io.ultramarket.commerce.projections.productreview.ProductReviewsSchema;
import io.ultramarket.commerce.query.catalog.ProductRating;
import io.ultramarket.commerce.query.catalog.Products;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.productreview.DeliveredPurchaseRecorded;
import io.ultramarket.commerce.schemas.productreview.ProductReviewApproved;
import io.ultramarket.commerce.schemas.productreview.ProductReviewKey;
import io.ultramarket.commerce.schemas.productreview.ProductReviewRejected;
import io.ultramarket.commerce.schemas.productreview.ProductReviewSubmitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product reviews read model, from the reviews' events to what {@link ProductReviews} reads and to the
 * rating the products reader joins: only approved reviews are shown and counted, an approval applied twice
 * counts once.
 */
@ExtendWith(ReadModelSlices.class)
class ProductReviewsSliceIT {

    private static final UUID MUG = UUID.randomUUID();

    @Test
    void approvedReviewsAreShownAndAveragedRejectedAndPendingOnesAreNot(ReadModelDatabase database) {
        UUID ada = UUID.randomUUID();
        UUID grace = UUID.randomUUID();
        UUID linus = UUID.randomUUID();
        UUID adas = ProductReviewKey.of(ada, MUG);
        UUID graces = ProductReviewKey.of(grace, MUG);
        UUID linuss = ProductReviewKey.of(linus, MUG);
        ReadModelSlice reviews = database.slice(ProductReviewsSchema.class, ProductReviews.class)
                .apply(adas, new DeliveredPurchaseRecorded(adas, ada, MUG, UUID.randomUUID()),
                        new ProductReviewSubmitted(adas, ada, MUG, 5, "Perfect", "<b>bold</b> claims"),
                        new ProductReviewApproved(adas, MUG, 5))
                .apply(graces, new DeliveredPurchaseRecorded(graces, grace, MUG, UUID.randomUUID()),
                        new ProductReviewSubmitted(graces, grace, MUG, 2, "Chipped", null),
                        new ProductReviewApproved(graces, MUG, 2))
                .apply(linuss, new DeliveredPurchaseRecorded(linuss, linus, MUG, UUID.randomUUID()),
                        new ProductReviewSubmitted(linuss, linus, MUG, 1, "Buy elsewhere", null),
                        new ProductReviewRejected(linuss, MUG, "names a competitor"))
                .applyAgain(adas, 2, new ProductReviewApproved(adas, MUG, 5));
        ReadModelSlice products = database.slice(ProductViewSchema.class, Products.class)
                .apply(MUG, new ProductCreated(MUG, "Mug", "A mug", CategoryPath.of("kitchen/mugs"),
                        List.of(new ProductVariant(Sku.of("MUG-BLUE"), Money.of("9.90", "EUR"), Map.of())), null));

        assertThat(reviews.reader(ProductReviews.class).approvedOf(MUG, 0, 10).collectList().block()).containsExactly(
                new PublishedReview(graces, 2, "Chipped", null, at(4)),
                new PublishedReview(adas, 5, "Perfect", "<b>bold</b> claims", at(1)));
        assertThat(products.reader(Products.class).byId(MUG).block().rating()).isEqualTo(new ProductRating(3.5, 2));
        assertThat(reviews.reader(ProductReviews.class).withStatus(ReviewStatus.REJECTED, 0, 10).collectList().block())
                .singleElement().satisfies(rejected -> {
                    assertThat(rejected.customerId()).isEqualTo(linus);
                    assertThat(rejected.rejectionReason()).isEqualTo("names a competitor");
                    assertThat(rejected.moderatedAt()).isEqualTo(at(8));
                });
    }

    @Test
    void staffSeeThePendingReviewsOldestFirstAPageAtATime(ReadModelDatabase database) {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID firsts = ProductReviewKey.of(first, MUG);
        UUID seconds = ProductReviewKey.of(second, MUG);
        ReadModelSlice reviews = database.slice(ProductReviewsSchema.class, ProductReviews.class)
                .apply(firsts, new DeliveredPurchaseRecorded(firsts, first, MUG, UUID.randomUUID()),
                        new ProductReviewSubmitted(firsts, first, MUG, 4, "Good", null))
                .apply(seconds, new DeliveredPurchaseRecorded(seconds, second, MUG, UUID.randomUUID()),
                        new DeliveredPurchaseRecorded(seconds, second, MUG, UUID.randomUUID()),
                        new ProductReviewSubmitted(seconds, second, MUG, 3, "Fine", null));

        ProductReviews reader = reviews.reader(ProductReviews.class);
        assertThat(reader.withStatus(ReviewStatus.PENDING, 0, 1).map(ModeratedReview::reviewId).collectList().block())
                .containsExactly(firsts);
        assertThat(reader.withStatus(ReviewStatus.PENDING, 1, 1).map(ModeratedReview::reviewId).collectList().block())
                .containsExactly(seconds);
        assertThat(reader.approvedOf(MUG, 0, 10).collectList().block()).isEmpty();
    }
}
