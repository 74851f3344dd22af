package io.ultramarket.commerce.productreview;

import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.productreview.ProductReviewRequests.ModerationPage;
import io.ultramarket.commerce.productreview.ProductReviewRequests.PublishedReviewsPage;
import io.ultramarket.commerce.productreview.ProductReviewRequests.RejectionRequest;
import io.ultramarket.commerce.productreview.ProductReviewRequests.ReviewAnswer;
import io.ultramarket.commerce.productreview.ProductReviewRequests.ReviewRequest;
import io.ultramarket.commerce.projections.productreview.ProductReviewsSchema;
import io.ultramarket.commerce.query.productreview.ProductReviews;
import io.ultramarket.commerce.query.productreview.ReviewStatus;
import io.ultramarket.commerce.schemas.productreview.ApproveProductReview;
import io.ultramarket.commerce.schemas.productreview.ProductReviewKey;
import io.ultramarket.commerce.schemas.productreview.RejectProductReview;
import io.ultramarket.commerce.schemas.productreview.SubmitProductReview;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.web.CommandResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Product reviews (ADR 0068): a customer with a delivered order of the product reviews it once; shoppers read its
 * approved reviews (public, like the catalog); staff page through the reviews by status and approve or reject the
 * pending ones. Whether the customer may review is the ProductReview aggregate's decision, never this class's.
 */
@RestController
class ProductReviewController {

    static final int MAX_PAGE_SIZE = 100;
    /** Offsets stay cheap: a shopper or a moderator who needs more pages needs a narrower list. */
    static final int MAX_PAGE = 1000;
    private static final String PAGE_BOUNDS = "page must be between 0 and " + MAX_PAGE;
    private static final String SIZE_BOUNDS = "size must be between 1 and " + MAX_PAGE_SIZE;

    private final CommandDispatcher commands;
    private final ProductReviews reviews;
    private final ReadYourWrites readYourWrites;

    ProductReviewController(CommandDispatcher commands, ProductReviews reviews, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.reviews = reviews;
        this.readYourWrites = readYourWrites;
    }

    /** 201: the review waits for moderation. 422 without a delivered order of the product; 409 for a second review. */
    @PostMapping(path = "/products/{productId}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ReviewAnswer>> submit(@PathVariable UUID productId, @Valid @RequestBody ReviewRequest body,
                                              Caller caller, CommandContext context) {
        UUID customerId = caller.customerId().orElseThrow(() -> new IllegalStateException("a customer's route without a customer"));
        UUID reviewId = ProductReviewKey.of(customerId, productId);
        return commands.send(context, body, ctx -> new PreparedCommand<>(
                        SubmitProductReview.of(customerId, productId, body.rating(), body.title(), body.body()),
                        reviewId.toString(), new ReviewAnswer(reviewId, productId)))
                .map(receipt -> CommandResponses.created(URI.create("/products/" + productId + "/reviews"), receipt));
    }

    /** The product's approved reviews, newest first; an unknown product, or one without reviews, has an empty page. */
    @GetMapping(path = "/products/{productId}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<PublishedReviewsPage>> published(
            @PathVariable UUID productId,
            @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position,
            @RequestParam(name = "page", defaultValue = "0")
            @Min(value = 0, message = PAGE_BOUNDS) @Max(value = MAX_PAGE, message = PAGE_BOUNDS) int page,
            @RequestParam(name = "size", defaultValue = "20")
            @Min(value = 1, message = SIZE_BOUNDS) @Max(value = MAX_PAGE_SIZE, message = SIZE_BOUNDS) int size) {
        return readYourWrites.answer(ProductReviewsSchema.PROJECTION, Optional.ofNullable(position),
                reviews.approvedOf(productId, page, size).collectList()
                        .map(found -> new PublishedReviewsPage(productId, page, size, found)));
    }

    /** Staff: the reviews in {@code status} (PENDING by default), oldest first: the moderation queue. */
    @GetMapping(path = "/product-reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ModerationPage>> byStatus(
            @RequestParam(name = "status", defaultValue = "PENDING") String status,
            @RequestParam(name = "page", defaultValue = "0")
            @Min(value = 0, message = PAGE_BOUNDS) @Max(value = MAX_PAGE, message = PAGE_BOUNDS) int page,
            @RequestParam(name = "size", defaultValue = "20")
            @Min(value = 1, message = SIZE_BOUNDS) @Max(value = MAX_PAGE_SIZE, message = SIZE_BOUNDS) int size,
            @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position) {
        ReviewStatus wanted = parseStatus(status);
        return readYourWrites.answer(ProductReviewsSchema.PROJECTION, Optional.ofNullable(position),
                reviews.withStatus(wanted, page, size).collectList()
                        .map(found -> new ModerationPage(wanted.name(), page, size, found)));
    }

    /** Staff: shown on the product from now on, and counted in its rating. 409 unless pending. */
    @PostMapping(path = "/product-reviews/{reviewId}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ReviewAnswer>> approve(@PathVariable UUID reviewId, CommandContext context) {
        return commands.send(context, reviewId, ctx -> new PreparedCommand<>(new ApproveProductReview(reviewId),
                        reviewId.toString(), new ReviewAnswer(reviewId, null)))
                .map(CommandResponses::accepted);
    }

    /** Staff: never shown, for the reason given. 409 unless pending. */
    @PostMapping(path = "/product-reviews/{reviewId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ReviewAnswer>> reject(@PathVariable UUID reviewId, @Valid @RequestBody RejectionRequest body,
                                              CommandContext context) {
        return commands.send(context, body, ctx -> new PreparedCommand<>(new RejectProductReview(reviewId, body.reason()),
                        reviewId.toString(), new ReviewAnswer(reviewId, null)))
                .map(CommandResponses::accepted);
    }

    /** A status as the API and the console take it, in any case; a bad one is a 400 naming {@code status}. */
    static ReviewStatus parseStatus(String status) {
        try {
            return ReviewStatus.parse(status);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameters(List.of(new FieldError("status", unknown.getMessage())));
        }
    }
}
