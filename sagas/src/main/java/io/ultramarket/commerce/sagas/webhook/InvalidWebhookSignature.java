package io.ultramarket.commerce.sagas.webhook;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** A webhook delivery whose signature is missing, malformed, too old or wrong; answered with 400. */
public class InvalidWebhookSignature extends RuntimeException implements DescribedProblem {

    public InvalidWebhookSignature(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 400;
    }
}
