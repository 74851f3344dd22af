package io.ultramarket.commerce.servers.stripe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Stripe account's API: PaymentIntents (create with confirm, capture, cancel, retrieve) and refunds,
 * with Stripe's idempotency semantics and test cards. Every method is synchronized: the account is one
 * consistent state, as Stripe's is for a client.
 */
final class StripeAccount {

    private static final Pattern INTENT_PATH = Pattern.compile("/v1/payment_intents/([^/]+)(/capture|/cancel)?");
    private static final Map<String, String> DECLINED_CARDS = Map.of(
            "pm_card_chargeDeclined", "generic_decline",
            "pm_card_chargeDeclinedInsufficientFunds", "insufficient_funds",
            "pm_card_chargeDeclinedFraudulent", "fraudulent");
    private static final Set<String> ACCEPTED_CARDS = Set.of(
            "pm_card_visa", "pm_card_mastercard", "pm_card_amex");

    private final ObjectMapper json;
    private final Map<String, PaymentIntent> intents = new LinkedHashMap<>();
    private final Map<String, StoredAnswer> answersByKey = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    private record StoredAnswer(String fingerprint, StripeResponse response) {
    }

    StripeAccount(ObjectMapper json) {
        this.json = json;
    }

    /** Runs one request; with an idempotency key, the first stored answer is replayed for every repeat. */
    synchronized StripeResponse handle(String method, String path, Map<String, String> parameters,
                                       Optional<String> idempotencyKey) {
        if (idempotencyKey.isEmpty() || method.equals("GET")) {
            return route(method, path, parameters);
        }
        String fingerprint = method + " " + path + " " + new TreeMap<>(parameters);
        StoredAnswer stored = answersByKey.get(idempotencyKey.get());
        if (stored != null) {
            return stored.fingerprint().equals(fingerprint) ? stored.response().asReplay()
                    : error(400, "idempotency_error", null, "Keys for idempotent requests can only be used with the "
                    + "same parameters they were first used with. Try using a key other than '" + idempotencyKey.get()
                    + "' if you meant to execute a different request.", false);
        }
        StripeResponse response = route(method, path, parameters);
        if (response.stored()) {
            answersByKey.put(idempotencyKey.get(), new StoredAnswer(fingerprint, response));
        }
        return response;
    }

    synchronized Optional<ObjectNode> paymentIntent(String id) {
        return Optional.ofNullable(intents.get(id)).map(intent -> intent.toJson(json));
    }

    synchronized Optional<String> paymentIntentIdFor(String metadataKey, String value) {
        return intents.values().stream().filter(intent -> value.equals(intent.metadata.get(metadataKey)))
                .map(intent -> intent.id).findFirst();
    }

    synchronized int capturesOf(String paymentIntentId) {
        return Optional.ofNullable(intents.get(paymentIntentId)).map(intent -> intent.captures).orElse(0);
    }

    synchronized int refundsOf(String paymentIntentId) {
        return Optional.ofNullable(intents.get(paymentIntentId)).map(intent -> intent.refunds).orElse(0);
    }

    String newId(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime(), 36) + sequence.incrementAndGet();
    }

    private StripeResponse route(String method, String path, Map<String, String> parameters) {
        if (method.equals("POST") && path.equals("/v1/payment_intents")) {
            return createPaymentIntent(parameters);
        }
        if (method.equals("POST") && path.equals("/v1/refunds")) {
            return refund(parameters);
        }
        Matcher matcher = INTENT_PATH.matcher(path);
        if (matcher.matches()) {
            PaymentIntent intent = intents.get(matcher.group(1));
            if (intent == null) {
                return error(404, "invalid_request_error", "resource_missing",
                        "No such payment_intent: '" + matcher.group(1) + "'", true);
            }
            String action = matcher.group(2);
            if (action == null && method.equals("GET")) {
                return ok(intent.toJson(json));
            }
            if ("/capture".equals(action) && method.equals("POST")) {
                return capture(intent, parameters);
            }
            if ("/cancel".equals(action) && method.equals("POST")) {
                return cancel(intent, parameters);
            }
        }
        return error(404, "invalid_request_error", null, "Unrecognized request URL (" + method + ": " + path + ")", false);
    }

    private StripeResponse createPaymentIntent(Map<String, String> parameters) {
        Optional<StripeResponse> invalid = requirePositive(parameters, "amount")
                .or(() -> require(parameters, "currency"));
        if (invalid.isPresent()) {
            return invalid.get();
        }
        String paymentMethod = parameters.get("payment_method");
        PaymentIntent intent = new PaymentIntent(newId("pi"), Long.parseLong(parameters.get("amount")),
                parameters.get("currency"), paymentMethod, parameters.getOrDefault("capture_method", "automatic"),
                metadataOf(parameters));
        intents.put(intent.id, intent);
        if (!"true".equals(parameters.get("confirm"))) {
            return ok(intent.toJson(json));
        }
        if (paymentMethod == null) {
            return error(400, "invalid_request_error", "payment_intent_unexpected_state",
                    "You cannot confirm this PaymentIntent because it's missing a payment method.", true);
        }
        if (DECLINED_CARDS.containsKey(paymentMethod)) {
            return decline(intent, DECLINED_CARDS.get(paymentMethod));
        }
        if (!ACCEPTED_CARDS.contains(paymentMethod)) {
            intents.remove(intent.id);
            return error(400, "invalid_request_error", "resource_missing",
                    "No such PaymentMethod: '" + paymentMethod + "'", true);
        }
        if (intent.captureMethod.equals("manual")) {
            intent.status = "requires_capture";
            intent.amountCapturable = intent.amount;
        } else {
            intent.status = "succeeded";
            intent.amountReceived = intent.amount;
            intent.captures++;
        }
        return ok(intent.toJson(json));
    }

    private StripeResponse decline(PaymentIntent intent, String declineCode) {
        intent.status = "requires_payment_method";
        ObjectNode error = json.createObjectNode()
                .put("type", "card_error")
                .put("code", "card_declined")
                .put("decline_code", declineCode)
                .put("message", "Your card was declined.");
        intent.lastPaymentError = error.deepCopy();
        error.set("payment_intent", intent.toJson(json));
        ObjectNode body = json.createObjectNode();
        body.set("error", error);
        return new StripeResponse(402, body, true);
    }

    private StripeResponse capture(PaymentIntent intent, Map<String, String> parameters) {
        if (!intent.status.equals("requires_capture")) {
            return unexpectedState(intent, "capture");
        }
        long amount = parameters.containsKey("amount_to_capture")
                ? Long.parseLong(parameters.get("amount_to_capture")) : intent.amountCapturable;
        if (amount <= 0 || amount > intent.amountCapturable) {
            return error(400, "invalid_request_error", "amount_too_large", "The amount to capture (" + amount
                    + ") must be positive and at most the capturable amount (" + intent.amountCapturable + ").", true);
        }
        intent.status = "succeeded";
        intent.amountReceived = amount;
        intent.amountCapturable = 0;
        intent.captures++;
        return ok(intent.toJson(json));
    }

    private StripeResponse cancel(PaymentIntent intent, Map<String, String> parameters) {
        if (intent.status.equals("succeeded") || intent.status.equals("canceled")) {
            return unexpectedState(intent, "cancel");
        }
        intent.status = "canceled";
        intent.amountCapturable = 0;
        intent.cancellationReason = parameters.get("cancellation_reason");
        return ok(intent.toJson(json));
    }

    private StripeResponse refund(Map<String, String> parameters) {
        Optional<StripeResponse> invalid = require(parameters, "payment_intent");
        if (invalid.isPresent()) {
            return invalid.get();
        }
        PaymentIntent intent = intents.get(parameters.get("payment_intent"));
        if (intent == null) {
            return error(404, "invalid_request_error", "resource_missing",
                    "No such payment_intent: '" + parameters.get("payment_intent") + "'", true);
        }
        if (!intent.status.equals("succeeded")) {
            return error(400, "invalid_request_error", "charge_not_refundable",
                    "This PaymentIntent has no successful charge to refund.", true);
        }
        long refundable = intent.amountReceived - intent.amountRefunded;
        long amount = parameters.containsKey("amount") ? Long.parseLong(parameters.get("amount")) : refundable;
        if (amount <= 0 || amount > refundable) {
            return error(400, "invalid_request_error", "amount_too_large", "Refund amount (" + amount
                    + ") is greater than the unrefunded amount on the charge (" + refundable + ").", true);
        }
        intent.amountRefunded += amount;
        intent.refunds++;
        ObjectNode refund = json.createObjectNode()
                .put("id", newId("re"))
                .put("object", "refund")
                .put("amount", amount)
                .put("currency", intent.currency)
                .put("payment_intent", intent.id)
                .put("status", "succeeded");
        ObjectNode metadata = refund.putObject("metadata");
        metadataOf(parameters).forEach(metadata::put);
        return ok(refund);
    }

    private StripeResponse unexpectedState(PaymentIntent intent, String action) {
        ObjectNode body = errorBody("invalid_request_error", "payment_intent_unexpected_state",
                "This PaymentIntent could not be " + (action.equals("capture") ? "captured" : "canceled")
                        + " because it has a status of " + intent.status + ".");
        ((ObjectNode) body.get("error")).set("payment_intent", intent.toJson(json));
        return new StripeResponse(400, body, true);
    }

    private Optional<StripeResponse> require(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank()
                ? Optional.of(error(400, "invalid_request_error", "parameter_missing", "Missing required param: " + name + ".", false))
                : Optional.empty();
    }

    private Optional<StripeResponse> requirePositive(Map<String, String> parameters, String name) {
        return require(parameters, name).or(() -> {
            try {
                return Long.parseLong(parameters.get(name)) > 0 ? Optional.empty()
                        : Optional.of(error(400, "invalid_request_error", "parameter_invalid_integer",
                        "This value must be greater than or equal to 1.", false));
            } catch (NumberFormatException e) {
                return Optional.of(error(400, "invalid_request_error", "parameter_invalid_integer",
                        "Invalid integer: " + parameters.get(name), false));
            }
        });
    }

    private static Map<String, String> metadataOf(Map<String, String> parameters) {
        Map<String, String> metadata = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("metadata[") && name.endsWith("]")) {
                metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
            }
        });
        return metadata;
    }

    private StripeResponse ok(ObjectNode body) {
        return new StripeResponse(200, body, true);
    }

    private StripeResponse error(int status, String type, String code, String message, boolean stored) {
        return new StripeResponse(status, errorBody(type, code, message), stored);
    }

    private ObjectNode errorBody(String type, String code, String message) {
        ObjectNode body = json.createObjectNode();
        body.putObject("error").put("type", type).put("code", code).put("message", message);
        return body;
    }
}
