package io.ultramarket.commerce.projections.integration;

/** The broker did not acknowledge a batch; its unit of work rolls back and is sent again. */
class IntegrationEventNotPublished extends RuntimeException {

    IntegrationEventNotPublished(Throwable cause) {
        super("the broker did not acknowledge an integration event: " + cause.getMessage(), cause);
    }
}
