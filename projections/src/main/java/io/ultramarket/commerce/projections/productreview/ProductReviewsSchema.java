package io.ultramarket.commerce.projections.productreview;

import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;

/**
 * The product reviews read model (ADR 0068): {@link #REVIEWS}, a row per submitted review, and {@link #RATINGS},
 * per product the number and sum of its approved ratings (the average is their quotient). A projection of its
 * own, so an existing installation builds it from event 0 at its first start; the products reader joins
 * {@link #RATINGS} to show a product's rating.
 */
public final class ProductReviewsSchema {

    public static final String PROJECTION = "product-reviews";
    public static final String REVIEWS = "product_review";
    public static final String RATINGS = "product_rating";
    public static final List<String> TABLES = List.of(REVIEWS, RATINGS);

    // product_review
    public static final String REVIEW_ID = "review_id";
    public static final String PRODUCT_ID = "product_id";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String RATING = "rating";
    public static final String TITLE = "title";
    /** Null when the customer wrote only a title. */
    public static final String BODY = "body";
    /** PENDING, APPROVED or REJECTED. */
    public static final String STATUS = "status";
    /** Staff's reason; null unless REJECTED. */
    public static final String REJECTION_REASON = "rejection_reason";
    public static final String SUBMITTED_AT = "submitted_at";
    /** Null while PENDING. */
    public static final String MODERATED_AT = "moderated_at";

    // product_rating (PRODUCT_ID is its key)
    public static final String REVIEW_COUNT = "review_count";
    public static final String RATING_SUM = "rating_sum";

    private ProductReviewsSchema() {
    }

    public static List<String> ddl(Generation generation) {
        String reviews = generation.table(REVIEWS);
        return List.of("CREATE TABLE " + reviews + " (" + REVIEW_ID + " UUID PRIMARY KEY, " + PRODUCT_ID + " UUID NOT NULL, "
                        + CUSTOMER_ID + " UUID NOT NULL, " + RATING + " SMALLINT NOT NULL, " + TITLE + " TEXT NOT NULL, "
                        + BODY + " TEXT, " + STATUS + " VARCHAR(16) NOT NULL, " + REJECTION_REASON + " TEXT, "
                        + SUBMITTED_AT + " TIMESTAMPTZ NOT NULL, " + MODERATED_AT + " TIMESTAMPTZ, "
                        + VERSION + " BIGINT NOT NULL, " + UPDATED_AT + " TIMESTAMPTZ NOT NULL)",
                // Shoppers page through a product's approved reviews, staff through the queue, newest or oldest first.
                "CREATE INDEX " + reviews + "_product ON " + reviews + " (" + PRODUCT_ID + ", " + STATUS + ", "
                        + SUBMITTED_AT + ", " + REVIEW_ID + ")",
                "CREATE INDEX " + reviews + "_status ON " + reviews + " (" + STATUS + ", " + SUBMITTED_AT + ", " + REVIEW_ID + ")",
                "CREATE TABLE " + generation.table(RATINGS) + " (" + PRODUCT_ID + " UUID PRIMARY KEY, "
                        + REVIEW_COUNT + " INTEGER NOT NULL, " + RATING_SUM + " BIGINT NOT NULL)");
    }
}
