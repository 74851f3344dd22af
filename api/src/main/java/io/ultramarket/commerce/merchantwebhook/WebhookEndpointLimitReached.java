package io.ultramarket.commerce.merchantwebhook;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** As many endpoints as {@code commerce.webhooks.max-endpoints} allows are enabled: one must be disabled first. */
class WebhookEndpointLimitReached extends RuntimeException implements DescribedProblem {

    WebhookEndpointLimitReached(int maxEndpoints) {
        super(maxEndpoints + " webhook endpoints are enabled, as many as commerce.webhooks.max-endpoints allows; "
                + "disable one (DELETE /admin/webhooks/{id}) before registering another");
    }

    @Override
    public int status() {
        return 422;
    }
}
