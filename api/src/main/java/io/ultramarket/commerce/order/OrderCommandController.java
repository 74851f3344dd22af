package io.ultramarket.commerce.order;

import io.ultramarket.commerce.security.Owners;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.order.OrderRequests.CancelRequest;
import io.ultramarket.commerce.order.OrderRequests.OrderAnswer;
import io.ultramarket.commerce.order.OrderRequests.ReturnAnswer;
import io.ultramarket.commerce.order.OrderRequests.ReturnRequest;
import io.ultramarket.commerce.order.OrderRequests.ReviewRequest;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.ReturnOrder;
import io.ultramarket.commerce.schemas.order.ReviewOrder;
import io.ultramarket.commerce.web.CommandResponses;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * What customers and the back office do to an order: cancel it before it ships, send (part of) it back
 * after delivery, and decide on an order held for fraud review. The checkout saga carries out the
 * consequences (stock released or restocked, payment voided or refunded), so each answer is 202.
 */
@RestController
@RequestMapping(path = "/orders/{orderId}", produces = MediaType.APPLICATION_JSON_VALUE)
class OrderCommandController {

    static final String CANCELLED_BY_CUSTOMER = "cancelled by the customer";

    private final CommandDispatcher commands;
    private final Owners owners;

    OrderCommandController(CommandDispatcher commands, Owners owners) {
        this.commands = commands;
        this.owners = owners;
    }

    /** Cancels an order that has not shipped; its stock goes back and its payment is voided or refunded. */
    @PostMapping("/cancel")
    Mono<ResponseEntity<OrderAnswer>> cancel(@PathVariable UUID orderId,
                                             @Valid @RequestBody(required = false) CancelRequest body,
                                             Caller caller, CommandContext context) {
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? CANCELLED_BY_CUSTOMER : body.reason();
        return owners.requireOrderAccess(orderId, caller)
                .then(commands.send(context, body == null ? new CancelRequest(null) : body,
                        ctx -> new PreparedCommand<>(new CancelOrder(orderId, reason), orderId.toString(), new OrderAnswer(orderId))))
                .map(CommandResponses::accepted);
    }

    /** Records a return of some or all delivered units; they are restocked and their worth refunded. */
    @PostMapping(path = "/returns", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ReturnAnswer>> returnLines(@PathVariable UUID orderId, @Valid @RequestBody ReturnRequest body,
                                                   Caller caller, CommandContext context) {
        return owners.requireOrderAccess(orderId, caller).then(commands.send(context, body, ctx -> {
            UUID returnId = ctx.newId("return");
            return new PreparedCommand<>(new ReturnOrder(orderId, returnId, body.lines(), body.reason()), orderId.toString(),
                    new ReturnAnswer(orderId, returnId));
        })).map(CommandResponses::accepted);
    }

    /** A reviewer's decision on an order held for fraud review: support's (or admin's) to make. */
    @PostMapping(path = "/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<OrderAnswer>> review(@PathVariable UUID orderId, @Valid @RequestBody ReviewRequest body,
                                             CommandContext context) {
        return commands.send(context, body, ctx -> new PreparedCommand<>(new ReviewOrder(orderId, body.decision()),
                orderId.toString(), new OrderAnswer(orderId))).map(CommandResponses::accepted);
    }
}
