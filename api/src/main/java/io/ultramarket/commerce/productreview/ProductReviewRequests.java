package io.ultramarket.commerce.productreview;

import io.ultramarket.commerce.query.productreview.ModeratedReview;
import io.ultramarket.commerce.query.productreview.PublishedReview;
import io.ultramarket.commerce.schemas.productreview.RejectProductReview;
import io.ultramarket.commerce.schemas.productreview.SubmitProductReview;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Request and answer bodies of the product review endpoints; the bounds are the commands' own, answered as 400s. */
final class ProductReviewRequests {

    private ProductReviewRequests() {
    }

    /** Stars from 1 to 5, a title, an optional body; plain text, kept as written. */
    record ReviewRequest(@NotNull @Min(SubmitProductReview.MIN_RATING) @Max(SubmitProductReview.MAX_RATING) Integer rating,
                         @NotBlank @Size(max = SubmitProductReview.MAX_TITLE) String title,
                         @Size(max = SubmitProductReview.MAX_BODY) String body) {
    }

    record RejectionRequest(@NotBlank @Size(max = RejectProductReview.MAX_REASON) String reason) {
    }

    record ReviewAnswer(UUID reviewId, UUID productId) {
    }

    record PublishedReviewsPage(UUID productId, int page, int size, List<PublishedReview> reviews) {
    }

    record ModerationPage(String status, int page, int size, List<ModeratedReview> reviews) {
    }
}
