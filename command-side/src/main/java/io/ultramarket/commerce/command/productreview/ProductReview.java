package io.ultramarket.commerce.command.productreview;

import io.ultramarket.commerce.schemas.productreview.ApproveProductReview;
import io.ultramarket.commerce.schemas.productreview.DeliveredPurchaseRecorded;
import io.ultramarket.commerce.schemas.productreview.ProductReviewApproved;
import io.ultramarket.commerce.schemas.productreview.ProductReviewRejected;
import io.ultramarket.commerce.schemas.productreview.ProductReviewSubmitted;
import io.ultramarket.commerce.schemas.productreview.RecordDeliveredPurchase;
import io.ultramarket.commerce.schemas.productreview.RejectProductReview;
import io.ultramarket.commerce.schemas.productreview.SubmitProductReview;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer's review of one product, under the id {@code ProductReviewKey.of(customer, product)}. It
 * exists from the first delivered order of the product to the customer (the shop's process tells it, from the
 * order's events), so the review decides alone and without a race whether the customer may write: no read
 * model is asked. A second submission finds the first one here and is refused. Staff approve or reject it once.
 */
@Aggregate
public class ProductReview {

    private enum Stage { PURCHASED, PENDING, APPROVED, REJECTED }

    @AggregateIdentifier
    private UUID reviewId;
    private UUID productId;
    private Stage stage;
    private int rating;

    /** Made or found: the first delivery unlocks the review, a later one changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordDeliveredPurchase command) {
        if (stage == null) {
            apply(new DeliveredPurchaseRecorded(command.reviewId(), command.customerId(), command.productId(),
                    command.orderId()));
        }
    }

    /** Made or found, so that a customer without a delivered order is told so, not "not found". */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SubmitProductReview command) {
        if (stage == null) {
            throw new NoDeliveredOrderOfProduct(command.customerId(), command.productId());
        }
        if (stage != Stage.PURCHASED) {
            throw new ProductAlreadyReviewed(command.customerId(), command.productId());
        }
        apply(new ProductReviewSubmitted(reviewId, command.customerId(), productId, command.rating(), command.title(),
                command.body()));
    }

    @CommandHandler
    public void handle(ApproveProductReview command) {
        requirePending("approved");
        apply(new ProductReviewApproved(reviewId, productId, rating));
    }

    @CommandHandler
    public void handle(RejectProductReview command) {
        requirePending("rejected");
        apply(new ProductReviewRejected(reviewId, productId, command.reason()));
    }

    private void requirePending(String outcome) {
        if (stage != Stage.PENDING) {
            throw new ProductReviewNotPending(reviewId, stage == Stage.PURCHASED ? "not written yet" : stage.name().toLowerCase(),
                    outcome);
        }
    }

    @EventSourcingHandler
    public void on(DeliveredPurchaseRecorded event) {
        reviewId = event.reviewId();
        productId = event.productId();
        stage = Stage.PURCHASED;
    }

    @EventSourcingHandler
    public void on(ProductReviewSubmitted event) {
        rating = event.rating();
        stage = Stage.PENDING;
    }

    @EventSourcingHandler
    public void on(ProductReviewApproved event) {
        stage = Stage.APPROVED;
    }

    @EventSourcingHandler
    public void on(ProductReviewRejected event) {
        stage = Stage.REJECTED;
    }

    protected ProductReview() {
        // Axon rebuilds the review from its events through this constructor, and makes a new one through it too.
    }
}
