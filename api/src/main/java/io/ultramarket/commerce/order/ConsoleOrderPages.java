package io.ultramarket.commerce.order;

import io.ultramarket.commerce.console.ConsoleForms;
import io.ultramarket.commerce.console.ConsolePage;
import io.ultramarket.commerce.console.ConsoleProperties;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.order.OrderRequests.ReviewRequest;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.query.audit.AggregateType;
import io.ultramarket.commerce.query.audit.AuditEvent;
import io.ultramarket.commerce.query.audit.AuditTrail;
import io.ultramarket.commerce.query.order.Orders;
import io.ultramarket.commerce.query.payment.Payments;
import io.ultramarket.commerce.schemas.order.OrderStatus;
import io.ultramarket.commerce.schemas.order.ReviewDecision;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.security.Owners;
import io.ultramarket.commerce.security.Role;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * The console's order pages (ADR 0062): the newest orders (the page then follows the order stream live), one
 * order with its timeline, payments, shipment and stored events, and the queue of orders held for fraud review
 * with its decisions, which go through {@link OrderCommandController#review} like the API's.
 */
@ConsolePage
class ConsoleOrderPages {

    private final Orders orders;
    private final Payments payments;
    private final AuditTrail trail;
    private final Owners owners;
    private final OrderCommandController commands;
    private final ConsoleForms forms;
    private final int pageSize;

    ConsoleOrderPages(Orders orders, Payments payments, AuditTrail trail, Owners owners,
                      OrderCommandController commands, ConsoleForms forms, ConsoleProperties properties) {
        this.orders = orders;
        this.payments = payments;
        this.trail = trail;
        this.owners = owners;
        this.commands = commands;
        this.forms = forms;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/console/orders")
    String orders(Model model) {
        model.addAttribute("orders", orders.latest(pageSize));
        return "console/orders";
    }

    @GetMapping("/console/reviews")
    String reviews(Model model) {
        model.addAttribute("orders", orders.latestIn(OrderStatus.IN_REVIEW, pageSize));
        return "console/reviews";
    }

    /** The order, with its stored events for those who may read the audit trail (auditors and admin, as /audit). */
    @GetMapping("/console/orders/{orderId}")
    Mono<String> order(@PathVariable UUID orderId, Caller caller, Model model) {
        Flux<AuditEvent> events = caller.has(Role.AUDITOR) || caller.has(Role.ADMIN)
                ? trail.history(AggregateType.ORDER, orderId.toString()) : Flux.empty();
        return owners.requireOrderAccess(orderId, caller)
                .then(orders.byId(orderId))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("order", orderId)))
                .map(order -> {
                    model.addAttribute("order", order);
                    model.addAttribute("payments", payments.ofOrder(orderId));
                    model.addAttribute("events", events);
                    model.addAttribute("mayReadEvents", caller.has(Role.AUDITOR) || caller.has(Role.ADMIN));
                    return "console/order";
                });
    }

    /** Approves or rejects a held order with the API's own command; back to the queue. */
    @PostMapping("/console/orders/{orderId}/review")
    Mono<String> review(@PathVariable UUID orderId, ServerWebExchange exchange, CommandContext context) {
        return exchange.getFormData()
                .map(form -> new ReviewRequest(ReviewDecision.parse(form.getFirst("decision"))))
                .flatMap(request -> commands.review(orderId, request, context))
                .flatMap(answer -> forms.awaitShown(OrderController.PROJECTION, answer))
                .thenReturn("redirect:/console/reviews?decided=" + orderId);
    }
}
