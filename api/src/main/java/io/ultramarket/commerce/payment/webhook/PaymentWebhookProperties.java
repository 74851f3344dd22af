package io.ultramarket.commerce.payment.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How payment webhooks are verified.
 *
 * @param secrets   the provider's signing secrets; a delivery signed with any one of them is accepted, so
 *                  a new secret can be added before the old one is removed (rotation). None: every
 *                  delivery is refused.
 * @param tolerance how far a delivery's signed timestamp may be from now; older ones are refused as replays
 */
@ConfigurationProperties("commerce.payments.webhook")
public record PaymentWebhookProperties(List<String> secrets, Duration tolerance) {

    public PaymentWebhookProperties {
        secrets = secrets == null ? List.of() : secrets.stream().filter(secret -> !secret.isBlank()).toList();
        tolerance = tolerance == null || tolerance.isZero() ? Duration.ofSeconds(300) : tolerance;
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("commerce.payments.webhook.tolerance must not be negative");
        }
    }
}
