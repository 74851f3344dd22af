package io.ultramarket.commerce.projections.merchantwebhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Outbound webhooks to merchants' systems (ADR 0058).
 *
 * @param allowedTargets    host names and IP addresses that may be targets although they are loopback, private,
 *                          link-local or otherwise internal (a merchant's system inside the same network, a test's
 *                          receiver); a name lets through whatever it resolves to, an address that address alone.
 *                          Empty by default: only public addresses
 * @param trustCertificates a PEM file of certificates trusted as well as the JDK's own authorities (a receiver with
 *                          a private authority's or a self-signed certificate); none by default
 * @param maxEndpoints      endpoints that may be registered and not disabled at one time
 * @param sendEvery         how often the sender looks for due deliveries (on one instance of the cluster at a time)
 * @param batchSize         deliveries tried per run at most; the rest wait for the next run
 * @param maxAttempts       tries of a delivery before it is FAILED
 * @param firstRetryAfter   the wait after the first failed try, doubled after each further one
 * @param maxRetryAfter     the longest wait between two tries
 * @param connectTimeout    how long a connection (TCP and TLS) to a receiver may take
 * @param responseTimeout   how long a receiver may take to answer once the request is sent
 */
@ConfigurationProperties("commerce.webhooks")
public record MerchantWebhooksProperties(@DefaultValue List<String> allowedTargets,
                                         String trustCertificates,
                                         @DefaultValue("100") int maxEndpoints,
                                         @DefaultValue("2s") Duration sendEvery,
                                         @DefaultValue("50") int batchSize,
                                         @DefaultValue("8") int maxAttempts,
                                         @DefaultValue("30s") Duration firstRetryAfter,
                                         @DefaultValue("6h") Duration maxRetryAfter,
                                         @DefaultValue("5s") Duration connectTimeout,
                                         @DefaultValue("10s") Duration responseTimeout) {

    public MerchantWebhooksProperties {
        if (maxEndpoints < 1 || batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("commerce.webhooks.max-endpoints, batch-size and max-attempts must be at least 1");
        }
        allowedTargets = allowedTargets.stream().map(target -> target.trim().toLowerCase(Locale.ROOT))
                .filter(target -> !target.isEmpty()).toList();
    }
}
