package io.ultramarket.commerce.payment.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.command.payment.IllegalPaymentTransition;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.sagas.webhook.InvalidWebhookSignature;
import io.ultramarket.commerce.sagas.webhook.WebhookSignature;
import io.ultramarket.commerce.webhook.WebhookDelivery;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.Optional;

/**
 * The payment provider's events. The body is read as the raw bytes that were signed (a re-serialised
 * object would not match the signature), checked against {@code Stripe-Signature}, then turned into a
 * Payment command that is applied once per event id. Answers: 200 when applied, already applied, already
 * overtaken by a later step, or of no concern to this shop; 400 when the signature is missing, wrong or
 * too old; any other refusal (409 for an event that does not fit the payment's state yet, 404 for an
 * unknown payment) makes the provider retry.
 */
@RestController
class PaymentWebhookController {

    static final String SIGNATURE_HEADER = "Stripe-Signature";
    static final String SOURCE = "stripe";
    private static final String PATH = "/webhooks/payments";

    private final CommandDispatcher dispatcher;
    private final PaymentWebhookProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    PaymentWebhookController(CommandDispatcher dispatcher, PaymentWebhookProperties properties, ObjectMapper json,
                             Clock clock) {
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<WebhookAnswer> receive(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                @RequestBody byte[] body) {
        // HMAC and JSON parsing are quick, but the first use of the JCA provider reads files: not on Netty.
        return Mono.fromCallable(() -> verifiedEvent(signature, body))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(event -> StripePaymentEvents.commandFor(event)
                        .map(command -> apply(event, command))
                        .orElseGet(() -> Mono.just(new WebhookAnswer(event.id(), event.type(), WebhookAnswer.IGNORED))));
    }

    private StripeEvent verifiedEvent(String signature, byte[] body) {
        if (properties.secrets().isEmpty()) {
            throw new InvalidWebhookSignature("no webhook secret is configured (commerce.payments.webhook.secrets), "
                    + "so no delivery can be verified");
        }
        WebhookSignature.verify(signature, body, properties.secrets(), clock.instant(), properties.tolerance());
        return StripeEvent.parse(json, body);
    }

    private Mono<WebhookAnswer> apply(StripeEvent event, StripePaymentEvents.PaymentCommand command) {
        // The provider acts; its event id ties the payment's new events to the delivery in the audit trail.
        var context = CommandContext.system("webhook:" + SOURCE, Optional.of(event.id()), Optional.empty(),
                "POST", PATH);
        var delivery = new WebhookDelivery(SOURCE, event.id(), event.type());
        return dispatcher.send(context, event.id(),
                        ignored -> new PreparedCommand<>(command.command(), command.paymentId().toString(), event.id()),
                        delivery.asMetaData())
                .map(receipt -> new WebhookAnswer(event.id(), event.type(), WebhookAnswer.APPLIED))
                .onErrorResume(IllegalPaymentTransition.class, refusal -> command.alreadyPast().contains(refusal.from())
                        ? Mono.just(new WebhookAnswer(event.id(), event.type(), WebhookAnswer.SUPERSEDED))
                        : Mono.error(refusal));
    }

    /**
     * The acknowledgement: {@code applied} (now or by an earlier delivery of the same event),
     * {@code superseded} (the payment is already past that step; nothing changed) or {@code ignored}.
     */
    record WebhookAnswer(String eventId, String type, String outcome) {

        static final String APPLIED = "applied";
        static final String SUPERSEDED = "superseded";
        static final String IGNORED = "ignored";
    }
}
