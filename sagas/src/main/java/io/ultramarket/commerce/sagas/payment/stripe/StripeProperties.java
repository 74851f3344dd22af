package io.ultramarket.commerce.sagas.payment.stripe;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach Stripe (or a server that speaks its API), when {@code commerce.payments.provider=stripe}.
 *
 * @param baseUrl         where {@code /v1/...} is appended
 * @param secretKey       the account's secret key, sent as {@code Authorization: Bearer}; required
 * @param connectTimeout  longest wait for a TCP connection
 * @param responseTimeout longest wait for an answer once the request is sent; longer counts as unavailable
 */
@ConfigurationProperties("commerce.payments.stripe")
public record StripeProperties(URI baseUrl, String secretKey, Duration connectTimeout, Duration responseTimeout) {

    public StripeProperties {
        baseUrl = baseUrl == null ? URI.create("https://api.stripe.com") : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(10) : responseTimeout;
        if (connectTimeout.isNegative() || connectTimeout.isZero() || responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("commerce.payments.stripe timeouts must be positive");
        }
    }

    /** Checked when the adapter is built, not at binding: without the Stripe provider the key is not needed. */
    String requiredSecretKey() {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalStateException("commerce.payments.provider=stripe needs commerce.payments.stripe.secret-key");
        }
        return secretKey;
    }
}
