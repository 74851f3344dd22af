package io.ultramarket.commerce.servers.stripe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;

/** A PaymentIntent as the server keeps it: Stripe's fields, plus how often it was captured and refunded. */
final class PaymentIntent {

    final String id;
    final long amount;
    final String currency;
    final String paymentMethod;
    final String captureMethod;
    final Map<String, String> metadata;
    String status;
    long amountCapturable;
    long amountReceived;
    long amountRefunded;
    String cancellationReason;
    ObjectNode lastPaymentError;
    int captures;
    int refunds;

    PaymentIntent(String id, long amount, String currency, String paymentMethod, String captureMethod,
                  Map<String, String> metadata) {
        this.id = id;
        this.amount = amount;
        this.currency = currency;
        this.paymentMethod = paymentMethod;
        this.captureMethod = captureMethod;
        this.metadata = new TreeMap<>(metadata);
        this.status = paymentMethod == null ? "requires_payment_method" : "requires_confirmation";
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode node = json.createObjectNode()
                .put("id", id)
                .put("object", "payment_intent")
                .put("amount", amount)
                .put("amount_capturable", amountCapturable)
                .put("amount_received", amountReceived)
                .put("capture_method", captureMethod)
                .put("currency", currency)
                .put("payment_method", paymentMethod)
                .put("status", status)
                .put("cancellation_reason", cancellationReason);
        node.set("last_payment_error", lastPaymentError);
        ObjectNode metadataNode = node.putObject("metadata");
        metadata.forEach(metadataNode::put);
        return node;
    }
}
