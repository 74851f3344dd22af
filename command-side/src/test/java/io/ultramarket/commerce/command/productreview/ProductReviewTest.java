package io.ultramarket.commerce.command.productreview;

import io.ultramarket.commerce.schemas.common.InvalidCommand;
import io.ultramarket.commerce.schemas.productreview.ApproveProductReview;
import io.ultramarket.commerce.schemas.productreview.DeliveredPurchaseRecorded;
import io.ultramarket.commerce.schemas.productreview.ProductReviewApproved;
import io.ultramarket.commerce.schemas.productreview.ProductReviewKey;
import io.ultramarket.commerce.schemas.productreview.ProductReviewRejected;
import io.ultramarket.commerce.schemas.productreview.ProductReviewSubmitted;
import io.ultramarket.commerce.schemas.productreview.RecordDeliveredPurchase;
import io.ultramarket.commerce.schemas.productreview.RejectProductReview;
import io.ultramarket.commerce.schemas.productreview.SubmitProductReview;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductReviewTest {

    private static final UUID ADA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID MUG = UUID.fromString("00000000-0000-0000-0000-00000000c0f1");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID LATER_ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    private static final UUID REVIEW = ProductReviewKey.of(ADA, MUG);

    private static final DeliveredPurchaseRecorded DELIVERED = new DeliveredPurchaseRecorded(REVIEW, ADA, MUG, ORDER);
    private static final SubmitProductReview FOUR_STARS = SubmitProductReview.of(ADA, MUG, 4, "Holds tea", "No leaks so far.");
    private static final ProductReviewSubmitted SUBMITTED =
            new ProductReviewSubmitted(REVIEW, ADA, MUG, 4, "Holds tea", "No leaks so far.");

    private FixtureConfiguration<ProductReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProductReview.class);
    }

    @Test
    void aDeliveredOrderLetsTheCustomerReviewTheProduct() {
        fixture.givenNoPriorActivity()
                .when(RecordDeliveredPurchase.of(ADA, MUG, ORDER))
                .expectEvents(DELIVERED);
        fixture.given(DELIVERED)
                .when(FOUR_STARS)
                .expectEvents(SUBMITTED);
    }

    @Test
    void aSecondDeliveryOfTheSameProductChangesNothing() {
        fixture.given(DELIVERED)
                .when(RecordDeliveredPurchase.of(ADA, MUG, LATER_ORDER))
                .expectNoEvents();
        fixture.given(DELIVERED, SUBMITTED)
                .when(RecordDeliveredPurchase.of(ADA, MUG, LATER_ORDER))
                .expectNoEvents();
    }

    @Test
    void aCustomerWithoutADeliveredOrderCannotReview() {
        fixture.givenNoPriorActivity()
                .when(FOUR_STARS)
                .expectException(NoDeliveredOrderOfProduct.class)
                .expectNoEvents();
    }

    @Test
    void secondReviewOfTheSameProductRefused() {
        fixture.given(DELIVERED, SUBMITTED)
                .when(SubmitProductReview.of(ADA, MUG, 1, "Changed my mind", null))
                .expectException(ProductAlreadyReviewed.class)
                .expectNoEvents();
        fixture.given(DELIVERED, SUBMITTED, new ProductReviewRejected(REVIEW, MUG, "names a competitor"))
                .when(SubmitProductReview.of(ADA, MUG, 4, "Holds tea, again", null))
                .expectException(ProductAlreadyReviewed.class);
    }

    @Test
    void staffApproveAPendingReviewWithItsRating() {
        fixture.given(DELIVERED, SUBMITTED)
                .when(new ApproveProductReview(REVIEW))
                .expectEvents(new ProductReviewApproved(REVIEW, MUG, 4));
    }

    @Test
    void staffRejectAPendingReviewWithTheirReason() {
        fixture.given(DELIVERED, SUBMITTED)
                .when(new RejectProductReview(REVIEW, "  names a competitor "))
                .expectEvents(new ProductReviewRejected(REVIEW, MUG, "names a competitor"));
    }

    @Test
    void rejectionNeedsAReason() {
        assertThatThrownBy(() -> new RejectProductReview(REVIEW, " "))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("give a reason")
                .satisfies(refused -> assertThat(((InvalidCommand) refused).slug()).isEqualTo("product-review-details-required"));
        assertThatThrownBy(() -> new RejectProductReview(REVIEW, null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new RejectProductReview(REVIEW, "x".repeat(RejectProductReview.MAX_REASON + 1)))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void aReviewIsModeratedOnce() {
        fixture.given(DELIVERED, SUBMITTED, new ProductReviewApproved(REVIEW, MUG, 4))
                .when(new RejectProductReview(REVIEW, "too late"))
                .expectException(ProductReviewNotPending.class);
        fixture.given(DELIVERED, SUBMITTED, new ProductReviewRejected(REVIEW, MUG, "spam"))
                .when(new ApproveProductReview(REVIEW))
                .expectException(ProductReviewNotPending.class);
    }

    @Test
    void aReviewNotWrittenYetCannotBeModerated() {
        fixture.given(DELIVERED)
                .when(new ApproveProductReview(REVIEW))
                .expectException(ProductReviewNotPending.class);
    }

    @Test
    void aRatingIsOneToFiveStarsAndTheTextsAreBounded() {
        assertThatThrownBy(() -> SubmitProductReview.of(ADA, MUG, 0, "Meh", null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> SubmitProductReview.of(ADA, MUG, 6, "Wow", null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> SubmitProductReview.of(ADA, MUG, 3, " ", null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> SubmitProductReview.of(ADA, MUG, 3, "x".repeat(SubmitProductReview.MAX_TITLE + 1), null))
                .isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> SubmitProductReview.of(ADA, MUG, 3, "Fine", "x".repeat(SubmitProductReview.MAX_BODY + 1)))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void aReviewIdNamesItsCustomerAndProduct() {
        UUID grace = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
        assertThatThrownBy(() -> new SubmitProductReview(REVIEW, grace, MUG, 5, "Not mine", null))
                .isInstanceOf(InvalidCommand.class);
        assertThat(ProductReviewKey.of(ADA, MUG)).isEqualTo(REVIEW).isNotEqualTo(ProductReviewKey.of(grace, MUG));
    }
}
