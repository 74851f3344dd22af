package io.ultramarket.commerce.payment;

import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.payment.RequestRefund;
import io.ultramarket.commerce.web.CommandResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Refunds of captured money outside a return (a goodwill gesture, a price correction). The refund is asked
 * of the provider and recorded when it confirms; {@code GET /orders/{id}/payments} shows it then. Send an
 * Idempotency-Key to make a retry safe: without one, each request is a new refund.
 */
@RestController
class RefundController {

    record RefundRequestBody(@NotNull Money amount, @NotBlank @Size(max = 500) String reason) {
    }

    record RefundAnswer(UUID paymentId, UUID refundId) {
    }

    private final CommandDispatcher commands;

    RefundController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/payments/{paymentId}/refunds", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<RefundAnswer>> refund(@PathVariable UUID paymentId, @Valid @RequestBody RefundRequestBody body,
                                              CommandContext context) {
        return commands.send(context, body, ctx -> {
            UUID refundId = ctx.newId("refund");
            return new PreparedCommand<>(new RequestRefund(paymentId, refundId, body.amount(), body.reason()),
                    paymentId.toString(), new RefundAnswer(paymentId, refundId));
        }).map(CommandResponses::accepted);
    }
}
