package io.ultramarket.commerce.payment.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.sagas.payment.stripe.StripeAmounts;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.payment.AuthorizePayment;
import io.ultramarket.commerce.schemas.payment.CapturePayment;
import io.ultramarket.commerce.schemas.payment.DeclinePayment;
import io.ultramarket.commerce.schemas.payment.PaymentStatus;
import io.ultramarket.commerce.schemas.payment.VoidPayment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.payment.PaymentStatus.CAPTURED;
import static io.ultramarket.commerce.schemas.payment.PaymentStatus.PARTIALLY_REFUNDED;
import static io.ultramarket.commerce.schemas.payment.PaymentStatus.REFUNDED;
import static io.ultramarket.commerce.schemas.payment.PaymentStatus.VOIDED;

/**
 * Which Payment command a Stripe event stands for. The payment is the one named by the PaymentIntent's
 * {@code metadata.payment_id} (set by the Stripe adapter). An event of another type, or about an object
 * this shop did not create, stands for none and is acknowledged without effect.
 */
final class StripePaymentEvents {

    private StripePaymentEvents() {
    }

    /** The command and the payment it targets, if the event means one. */
    static Optional<PaymentCommand> commandFor(StripeEvent event) {
        JsonNode intent = event.object();
        if (!intent.path("object").asText().equals("payment_intent")) {
            return Optional.empty();
        }
        Optional<UUID> paymentId = paymentIdOf(intent);
        if (paymentId.isEmpty()) {
            return Optional.empty();
        }
        UUID id = paymentId.get();
        return Optional.ofNullable(switch (event.type()) {
            case "payment_intent.amount_capturable_updated" -> new PaymentCommand(id,
                    new AuthorizePayment(id, intent.path("id").asText(), money(intent, "amount_capturable")),
                    EnumSet.of(CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED));
            case "payment_intent.succeeded" -> new PaymentCommand(id,
                    new CapturePayment(id, money(intent, "amount_received")), EnumSet.of(PARTIALLY_REFUNDED, REFUNDED));
            case "payment_intent.payment_failed" -> new PaymentCommand(id,
                    new DeclinePayment(id, declineReason(intent.path("last_payment_error"))), Set.of());
            case "payment_intent.canceled" -> new PaymentCommand(id, new VoidPayment(id, "cancelled at the provider ("
                    + intent.path("cancellation_reason").asText("no reason given") + ")"), Set.of());
            default -> null;
        });
    }

    /**
     * A command for the payment, and the statuses in which the payment has already gone past the step the
     * event reports: a late delivery (an authorization reported after the capture) is then old news, not
     * a conflict.
     */
    record PaymentCommand(UUID paymentId, Object command, Set<PaymentStatus> alreadyPast) {
    }

    private static Optional<UUID> paymentIdOf(JsonNode intent) {
        JsonNode paymentId = intent.path("metadata").path("payment_id");
        if (!paymentId.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(paymentId.asText()));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static Money money(JsonNode intent, String field) {
        if (!intent.path(field).canConvertToLong() || !intent.path("currency").isTextual()) {
            throw new IllegalArgumentException("the PaymentIntent in the event has no " + field + " and currency");
        }
        return StripeAmounts.fromMinorUnits(intent.path(field).asLong(), intent.path("currency").asText());
    }

    private static String declineReason(JsonNode error) {
        String code = error.path("decline_code").asText(error.path("code").asText("declined"));
        String message = error.path("message").asText("");
        return message.isBlank() ? code : code + ": " + message;
    }
}
