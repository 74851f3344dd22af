package io.ultramarket.commerce.merchantwebhook;

/** A webhook URL whose host does not resolve or resolves to an address that may not receive webhooks. */
class TargetRefused extends RuntimeException {

    TargetRefused(String reason) {
        super(reason);
    }
}
