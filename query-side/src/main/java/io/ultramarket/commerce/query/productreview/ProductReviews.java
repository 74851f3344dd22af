package io.ultramarket.commerce.query.productreview;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.UUID;

import static io.ultramarket.commerce.projections.productreview.ProductReviewsSchema.*;
import static io.ultramarket.commerce.query.columns.RowValues.instant;

/** Reads the product reviews read model (the view {@code product_review}, see {@code ProductReviewsSchema}) without blocking. */
@Component
public class ProductReviews {

    private static final String COLUMNS = String.join(", ", REVIEW_ID, PRODUCT_ID, CUSTOMER_ID, RATING, TITLE, BODY, STATUS,
            REJECTION_REASON, SUBMITTED_AT, MODERATED_AT);
    private static final String APPROVED_OF = "SELECT " + COLUMNS + " FROM " + REVIEWS + " WHERE " + PRODUCT_ID
            + " = :productId AND " + STATUS + " = 'APPROVED' ORDER BY " + SUBMITTED_AT + " DESC, " + REVIEW_ID
            + " LIMIT :limit OFFSET :offset";
    private static final String WITH_STATUS = "SELECT " + COLUMNS + " FROM " + REVIEWS + " WHERE " + STATUS + " = :status "
            + "ORDER BY " + SUBMITTED_AT + ", " + REVIEW_ID + " LIMIT :limit OFFSET :offset";

    private final DatabaseClient database;

    ProductReviews(DatabaseClient database) {
        this.database = database;
    }

    /** A page (from 0) of the product's approved reviews, newest first. */
    public Flux<PublishedReview> approvedOf(UUID productId, int page, int size) {
        return database.sql(APPROVED_OF).bind("productId", productId).bind("limit", size).bind("offset", page * size)
                .map(ProductReviews::moderated).all()
                .map(review -> new PublishedReview(review.reviewId(), review.rating(), review.title(), review.body(),
                        review.submittedAt()));
    }

    /** A page (from 0) of the reviews in {@code status}, oldest first: the moderation queue in the order it filled. */
    public Flux<ModeratedReview> withStatus(ReviewStatus status, int page, int size) {
        return database.sql(WITH_STATUS).bind("status", status.name()).bind("limit", size).bind("offset", page * size)
                .map(ProductReviews::moderated).all();
    }

    private static ModeratedReview moderated(Readable row) {
        return new ModeratedReview(row.get(REVIEW_ID, UUID.class), row.get(PRODUCT_ID, UUID.class),
                row.get(CUSTOMER_ID, UUID.class), row.get(RATING, Short.class), row.get(TITLE, String.class),
                row.get(BODY, String.class), ReviewStatus.valueOf(row.get(STATUS, String.class)),
                row.get(REJECTION_REASON, String.class), instant(row, SUBMITTED_AT), instant(row, MODERATED_AT));
    }
}
