package io.ultramarket.commerce.merchantwebhook;

import io.ultramarket.commerce.projections.merchantwebhook.MerchantWebhooksProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sender's HTTPS client against a real HTTPS server on loopback whose certificate is for {@code localhost} and
 * {@code hooks.merchant.invalid} (a name no DNS knows): it connects to the address it is given, not to what a lookup
 * says, and still checks the certificate against the URL's host and the trusted authorities.
 */
class WebhookClientTest {

    static final WebhookReceiver receiver = WebhookReceiver.start(Path.of("target", "webhook-client-test"), 0,
            "hooks.merchant.invalid");
    static final List<InetAddress> LOOPBACK = List.of(InetAddress.getLoopbackAddress());
    static final byte[] BODY = "{\"id\":\"e-1\"}".getBytes(StandardCharsets.UTF_8);

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void theRequestGoesToThePinnedAddressUnderTheUrlsName() {
        int status = client(receiver.certificate().toString())
                .post(WebhookUrl.of(receiver.url("hooks.merchant.invalid")), LOOPBACK, Map.of("Commerce-Event-Id", "e-1"), BODY);

        assertThat(status).isEqualTo(200);
        assertThat(receiver.receivedFor("e-1")).singleElement().satisfies(request -> {
            assertThat(request.body()).isEqualTo(BODY);
            assertThat(request.header("Host")).startsWith("hooks.merchant.invalid:");
        });
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        WebhookClient client = client(receiver.certificate().toString());

        assertThatThrownBy(() -> client.post(WebhookUrl.of(receiver.url("other.merchant.invalid")), LOOPBACK,
                Map.of("Commerce-Event-Id", "e-2"), BODY)).hasMessageContaining("other.merchant.invalid");
        assertThat(receiver.receivedFor("e-2")).isEmpty();
    }

    @Test
    void aCertificateNoTrustedAuthoritySignedIsRefused() {
        WebhookClient client = client(null);

        assertThatThrownBy(() -> client.post(WebhookUrl.of(receiver.url()), LOOPBACK, Map.of("Commerce-Event-Id", "e-3"), BODY))
                .hasStackTraceContaining("certification path");
        assertThat(receiver.receivedFor("e-3")).isEmpty();
    }

    private static WebhookClient client(String trustCertificates) {
        return new WebhookClient(new MerchantWebhooksProperties(List.of(), trustCertificates, 100, Duration.ofSeconds(2),
                50, 8, Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }
}
