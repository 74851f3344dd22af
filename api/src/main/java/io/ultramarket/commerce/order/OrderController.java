package io.ultramarket.commerce.order;

import io.ultramarket.commerce.security.CustomerPath;
import io.ultramarket.commerce.security.Owners;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.query.order.OrderHistoryPage;
import io.ultramarket.commerce.query.order.OrderView;
import io.ultramarket.commerce.query.order.Orders;
import io.ultramarket.commerce.schemas.totals.Totals;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.UUID;

/**
 * Orders over HTTP, from the orders read model. An order appears shortly after its checkout (the
 * order-placement policy places it), so a client that just checked out waits for it with the checkout's
 * {@code Commerce-Position} or retries a 404.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class OrderController {

    static final String PROJECTION = "orders";
    static final int MAX_PAGE_SIZE = 100;

    private final Orders orders;
    private final ReadYourWrites readYourWrites;
    private final Owners owners;
    private final PlacedTotals placedTotals;

    OrderController(Orders orders, ReadYourWrites readYourWrites, Owners owners, PlacedTotals placedTotals) {
        this.orders = orders;
        this.readYourWrites = readYourWrites;
        this.owners = owners;
        this.placedTotals = placedTotals;
    }

    /** The order, with every status it went through, oldest first. */
    @GetMapping("/orders/{orderId}")
    Mono<ResponseEntity<OrderView>> order(@PathVariable UUID orderId,
                                          @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position,
                                          Caller caller) {
        return owners.requireOrderAccess(orderId, caller)
                .then(readYourWrites.answer(PROJECTION, Optional.ofNullable(position), orders.byId(orderId)))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("order", orderId)));
    }

    /**
     * What the order was placed for, line by line: each line's net, discounts, tax and rate, the subtotal, each
     * discount, the shipping fee, each tax and the total, as the payment was asked for (ADR 0065, 0072).
     */
    @GetMapping("/orders/{orderId}/totals")
    Mono<Totals> totals(@PathVariable UUID orderId, Caller caller) {
        return owners.requireOrderAccess(orderId, caller)
                .then(placedTotals.of(orderId))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("order", orderId)));
    }

    /**
     * A customer's orders, newest first, a page at a time; a customer without orders has an empty page.
     * A customer names themselves as {@code me} (or by their id); another customer's history is not found.
     */
    @GetMapping("/customers/{customerId}/orders")
    Mono<ResponseEntity<OrderHistoryPage>> history(
            @PathVariable("customerId") String customer,
            @RequestParam(name = "page", defaultValue = "0") @Min(value = 0, message = "page counts from 0") int page,
            @RequestParam(name = "size", defaultValue = "20")
            @Min(value = 1, message = "size must be between 1 and " + MAX_PAGE_SIZE)
            @Max(value = MAX_PAGE_SIZE, message = "size must be between 1 and " + MAX_PAGE_SIZE) int size,
            @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position,
            Caller caller) {
        UUID customerId = CustomerPath.resolve(customer, caller);
        return readYourWrites.answer(PROJECTION, Optional.ofNullable(position), orders.ofCustomer(customerId, page, size));
    }
}
