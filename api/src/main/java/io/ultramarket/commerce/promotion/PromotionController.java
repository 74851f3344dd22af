package io.ultramarket.commerce.promotion;

import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.promotion.PromotionRequests.Evaluation;
import io.ultramarket.commerce.promotion.PromotionRequests.EvaluationRequest;
import io.ultramarket.commerce.promotion.PromotionRequests.PromotionAnswer;
import io.ultramarket.commerce.promotion.PromotionRequests.PromotionRequest;
import io.ultramarket.commerce.query.promotion.PromotionView;
import io.ultramarket.commerce.query.promotion.Promotions;
import io.ultramarket.commerce.schemas.promotion.ActivatePromotion;
import io.ultramarket.commerce.schemas.promotion.ChangePromotionTerms;
import io.ultramarket.commerce.schemas.promotion.CreatePromotion;
import io.ultramarket.commerce.schemas.promotion.DeactivatePromotion;
import io.ultramarket.commerce.web.CommandResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Promotions over HTTP: create one (with a coupon code or without), replace its terms, activate and deactivate it,
 * read it back with its uses left, list them, and weigh a basket against them.
 */
@RestController
@RequestMapping(path = "/promotions", produces = MediaType.APPLICATION_JSON_VALUE)
class PromotionController {

    static final String PROJECTION = "promotions";
    static final int MAX_PAGE_SIZE = 200;

    private final CommandDispatcher commands;
    private final Promotions promotions;
    private final PromotionEvaluation evaluation;
    private final ReadYourWrites readYourWrites;

    PromotionController(CommandDispatcher commands, Promotions promotions, PromotionEvaluation evaluation,
                        ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.promotions = promotions;
        this.evaluation = evaluation;
        this.readYourWrites = readYourWrites;
    }

    /** Creates an inactive promotion: 201 with its id (a coupon's is its code's) and Location; a code in use is 409. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<PromotionAnswer>> createPromotion(@Valid @RequestBody PromotionRequest body, CommandContext context) {
        return commands.send(context, body, ctx -> {
            UUID promotionId = body.couponCode() != null ? body.couponCode().promotionId() : ctx.newId("promotion");
            var command = new CreatePromotion(promotionId, body.couponCode(), body.terms());
            return new PreparedCommand<>(command, promotionId.toString(), new PromotionAnswer(promotionId));
        }).map(receipt -> CommandResponses.created(URI.create("/promotions/" + receipt.answer().promotionId()), receipt));
    }

    /** Replaces the terms; the same terms again change nothing. Uses already taken stay. */
    @PutMapping(path = "/{promotionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<PromotionAnswer>> changePromotion(@PathVariable UUID promotionId, @Valid @RequestBody PromotionRequest body,
                                                 CommandContext context) {
        if (body.couponCode() != null) {
            return Mono.error(new InvalidParameters(List.of(new FieldError("couponCode",
                    "a promotion's coupon code is given at creation and cannot change; leave it out"))));
        }
        return send(context, body, promotionId, new ChangePromotionTerms(promotionId, body.terms()));
    }

    @PostMapping("/{promotionId}/activate")
    Mono<ResponseEntity<PromotionAnswer>> activatePromotion(@PathVariable UUID promotionId, CommandContext context) {
        return send(context, promotionId, promotionId, new ActivatePromotion(promotionId));
    }

    @PostMapping("/{promotionId}/deactivate")
    Mono<ResponseEntity<PromotionAnswer>> deactivatePromotion(@PathVariable UUID promotionId, CommandContext context) {
        return send(context, promotionId, promotionId, new DeactivatePromotion(promotionId));
    }

    /** The promotion with its uses taken and left. With a {@code Commerce-Position}, waits (bounded) for the read model. */
    @GetMapping("/{promotionId}")
    Mono<ResponseEntity<PromotionView>> promotion(@PathVariable UUID promotionId,
            @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position) {
        return readYourWrites.answer(PROJECTION, Optional.ofNullable(position), promotions.byId(promotionId))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("promotion", promotionId)));
    }

    /** Promotions, the newest first, {@code limit} at a time from {@code offset}. */
    @GetMapping
    Mono<ResponseEntity<List<PromotionView>>> promotionPage(
            @RequestParam(name = "offset", defaultValue = "0")
            @Min(value = 0, message = "offset counts from 0") @Max(value = 1_000_000, message = "offset is at most 1000000") int offset,
            @RequestParam(name = "limit", defaultValue = "50")
            @Min(value = 1, message = "limit must be between 1 and " + MAX_PAGE_SIZE)
            @Max(value = MAX_PAGE_SIZE, message = "limit must be between 1 and " + MAX_PAGE_SIZE) int limit,
            @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position) {
        return readYourWrites.answer(PROJECTION, Optional.ofNullable(position), promotions.page(limit, offset).collectList());
    }

    /**
     * What the active promotions without a code, and the coupons given, take off the basket: each discount shared
     * out per line, and the promotions that do not apply with the reason. Changes nothing.
     */
    @PostMapping(path = "/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Evaluation> evaluatePromotions(@Valid @RequestBody EvaluationRequest body) {
        return Mono.fromCallable(body::basket).flatMap(basket -> evaluation.evaluate(basket, body.codes()));
    }

    private Mono<ResponseEntity<PromotionAnswer>> send(CommandContext context, Object body, UUID promotionId, Object command) {
        return commands.send(context, body,
                        ctx -> new PreparedCommand<>(command, promotionId.toString(), new PromotionAnswer(promotionId)))
                .map(CommandResponses::accepted);
    }
}
