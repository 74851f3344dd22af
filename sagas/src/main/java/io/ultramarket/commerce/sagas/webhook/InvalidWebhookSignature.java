package io.ultramarket.commerce.sagas.webhook;

/** A webhook delivery whose signature is missing, malformed, too old or wrong; answered with 400. */
public class InvalidWebhookSignature extends RuntimeException {

    public InvalidWebhookSignature(String message) {
        super(message);
    }
}
