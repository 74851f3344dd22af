package io.ultramarket.commerce.projections.productreview;

import io.ultramarket.commerce.projections.columns.VersionedRows;
import io.ultramarket.commerce.schemas.productreview.ProductReviewApproved;
import io.ultramarket.commerce.schemas.productreview.ProductReviewRejected;
import io.ultramarket.commerce.schemas.productreview.ProductReviewSubmitted;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;
import static io.ultramarket.commerce.projections.productreview.ProductReviewsSchema.*;

/**
 * Writes one generation of the product reviews: a row per review from its submission, versioned by the review's
 * sequence number (see {@link VersionedRows}), and a product's rating counted when the approval changed the row,
 * in the same savepoint: an approval applied twice counts once. The purchase that unlocked a review is no row.
 */
class ProductReviewsWriter {

    private final JdbcTemplate jdbc;
    private final String reviews;
    private final String ratings;
    private final VersionedRows rows;

    ProductReviewsWriter(JdbcTemplate jdbc, String reviews, String ratings) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.ratings = ratings;
        this.rows = new VersionedRows(jdbc, reviews, REVIEW_ID);
    }

    @EventHandler
    void on(ProductReviewSubmitted event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + reviews + " (" + String.join(", ", REVIEW_ID, PRODUCT_ID, CUSTOMER_ID, RATING, TITLE,
                        BODY, STATUS, SUBMITTED_AT, VERSION, UPDATED_AT) + ") VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?) "
                        + "ON CONFLICT (" + REVIEW_ID + ") DO NOTHING",
                event.reviewId(), event.productId(), event.customerId(), event.rating(), event.title(), event.body(),
                utc(at), version, utc(at));
    }

    @EventHandler
    void on(ProductReviewApproved event, @SequenceNumber long version, @Timestamp Instant at) {
        if (rows.update(event.reviewId(), version, at, STATUS + " = 'APPROVED', " + MODERATED_AT + " = ?", utc(at))) {
            jdbc.update("INSERT INTO " + ratings + " (" + PRODUCT_ID + ", " + REVIEW_COUNT + ", " + RATING_SUM + ") "
                            + "VALUES (?, 1, ?) ON CONFLICT (" + PRODUCT_ID + ") DO UPDATE SET "
                            + REVIEW_COUNT + " = " + ratings + "." + REVIEW_COUNT + " + 1, "
                            + RATING_SUM + " = " + ratings + "." + RATING_SUM + " + excluded." + RATING_SUM,
                    event.productId(), event.rating());
        }
    }

    @EventHandler
    void on(ProductReviewRejected event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(event.reviewId(), version, at,
                STATUS + " = 'REJECTED', " + REJECTION_REASON + " = ?, " + MODERATED_AT + " = ?", event.reason(), utc(at));
    }
}
