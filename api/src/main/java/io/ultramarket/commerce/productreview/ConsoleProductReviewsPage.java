package io.ultramarket.commerce.productreview;

import io.ultramarket.commerce.console.ConsoleForms;
import io.ultramarket.commerce.console.ConsolePage;
import io.ultramarket.commerce.console.ConsoleProperties;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.productreview.ProductReviewRequests.RejectionRequest;
import io.ultramarket.commerce.projections.productreview.ProductReviewsSchema;
import io.ultramarket.commerce.query.productreview.ProductReviews;
import io.ultramarket.commerce.query.productreview.ReviewStatus;
import io.ultramarket.commerce.schemas.productreview.RejectProductReview;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * The console's moderation of product reviews (ADR 0062, 0068): the reviews in a status (the pending ones, oldest
 * first, by default), and approving or rejecting one with a reason through {@link ProductReviewController}'s own
 * handlers, under the API's rules (a reason is required and bounded; only a pending review is moderated).
 */
@ConsolePage
class ConsoleProductReviewsPage {

    private final ProductReviews reviews;
    private final ProductReviewController commands;
    private final ConsoleForms forms;
    private final int pageSize;

    ConsoleProductReviewsPage(ProductReviews reviews, ProductReviewController commands, ConsoleForms forms,
                              ConsoleProperties properties) {
        this.reviews = reviews;
        this.commands = commands;
        this.forms = forms;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/console/product-reviews")
    String byStatus(@RequestParam(name = "status", defaultValue = "PENDING") String status, Model model) {
        ReviewStatus wanted = ProductReviewController.parseStatus(status);
        model.addAttribute("status", wanted.name());
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("reviews", reviews.withStatus(wanted, 0, pageSize));
        model.addAttribute("maxReason", RejectProductReview.MAX_REASON);
        return "console/product-reviews";
    }

    @PostMapping("/console/product-reviews/{reviewId}/approve")
    Mono<String> approve(@PathVariable UUID reviewId, CommandContext context) {
        return commands.approve(reviewId, context)
                .flatMap(answer -> forms.awaitShown(ProductReviewsSchema.PROJECTION, answer))
                .thenReturn(backToQueue(reviewId));
    }

    @PostMapping("/console/product-reviews/{reviewId}/reject")
    Mono<String> reject(@PathVariable UUID reviewId, ServerWebExchange exchange, CommandContext context) {
        return exchange.getFormData()
                .map(form -> forms.valid(new RejectionRequest(ConsoleForms.text(form, "reason"))))
                .flatMap(request -> commands.reject(reviewId, request, context))
                .flatMap(answer -> forms.awaitShown(ProductReviewsSchema.PROJECTION, answer))
                .thenReturn(backToQueue(reviewId));
    }

    private static String backToQueue(UUID reviewId) {
        return "redirect:/console/product-reviews?moderated=" + reviewId;
    }
}
