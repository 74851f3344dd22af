package io.ultramarket.commerce.payment;

import io.ultramarket.commerce.security.Owners;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.query.payment.PaymentView;
import io.ultramarket.commerce.query.payment.Payments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payments over HTTP, from the payments read model. */
@RestController
class PaymentController {

    static final String PROJECTION = "payments";

    private final Payments payments;
    private final ReadYourWrites readYourWrites;
    private final Owners owners;

    PaymentController(Payments payments, ReadYourWrites readYourWrites, Owners owners) {
        this.payments = payments;
        this.readYourWrites = readYourWrites;
        this.owners = owners;
    }

    /**
     * Every payment of the order, oldest first. An order without payments answers an empty list, not 404:
     * the payments read model does not know which orders exist.
     */
    @GetMapping(path = "/orders/{orderId}/payments", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<List<PaymentView>>> paymentsOf(@PathVariable UUID orderId,
                                                       @RequestHeader(name = ReadYourWrites.POSITION_HEADER, required = false) Long position,
                                                       Caller caller) {
        return owners.requireOrderAccess(orderId, caller)
                .then(readYourWrites.answer(PROJECTION, Optional.ofNullable(position), payments.ofOrder(orderId).collectList()));
    }
}
