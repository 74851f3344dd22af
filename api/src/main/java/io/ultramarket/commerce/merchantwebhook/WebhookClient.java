package io.ultramarket.commerce.merchantwebhook;

import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.ultramarket.commerce.projections.merchantwebhook.MerchantWebhooksProperties;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Posts a delivery over HTTPS with Reactor Netty, and answers the receiver's status code. Connection (TCP and TLS)
 * and response are bounded by the settings' timeouts, redirects are not followed (a 3xx is a failed try: a redirect
 * could lead anywhere), the response's body is never read, and each delivery has a connection of its own that goes
 * only to the addresses the sender checked ({@link PinnedAddresses}).
 */
final class WebhookClient {

    private final HttpClient http;
    private final Duration deadline;

    WebhookClient(MerchantWebhooksProperties properties) {
        SslContext ssl = sslContext(properties.trustCertificates());
        this.http = HttpClient.newConnection()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
                .responseTimeout(properties.responseTimeout())
                .followRedirect(false)
                .secure(spec -> spec.sslContext(ssl).handshakeTimeout(properties.connectTimeout()));
        this.deadline = properties.connectTimeout().multipliedBy(2).plus(properties.responseTimeout());
    }

    /**
     * Posts {@code body} to {@code url}, connecting to one of {@code addresses} (the checked addresses of its
     * host). Blocks until the receiver answered, for at most the connection's and the response's timeouts: call it
     * from the sender's thread, never from the event loop.
     */
    int post(WebhookUrl url, List<InetAddress> addresses, Map<String, String> headers, byte[] body) {
        try (PinnedAddresses resolver = new PinnedAddresses(url.host(), addresses)) {
            Integer status = http.resolver(resolver)
                    .headers(request -> {
                        headers.forEach(request::set);
                        request.set("Content-Length", body.length);
                    })
                    .post()
                    .uri(url.uri())
                    .send(ByteBufFlux.fromInbound(Mono.just(body)))
                    .response()
                    .map(response -> response.status().code())
                    .block(deadline);
            if (status == null) {
                throw new IllegalStateException("the receiver closed the connection without an answer");
            }
            return status;
        }
    }

    /** The JDK's authorities, and those of {@code commerce.webhooks.trust-certificates} when it names a file. */
    static SslContext sslContext(String trustCertificates) {
        try {
            TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            jdk.init((KeyStore) null);
            if (trustCertificates == null || trustCertificates.isBlank()) {
                return SslContextBuilder.forClient().trustManager(jdk).build();
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int entry = 0;
            for (var manager : jdk.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    for (X509Certificate authority : x509.getAcceptedIssuers()) {
                        trusted.setCertificateEntry("jdk-" + entry++, authority);
                    }
                }
            }
            try (InputStream pem = Files.newInputStream(Path.of(trustCertificates))) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                    trusted.setCertificateEntry("configured-" + entry++, certificate);
                }
            }
            TrustManagerFactory combined = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            combined.init(trusted);
            return SslContextBuilder.forClient().trustManager(combined).build();
        } catch (IOException e) {
            throw new UncheckedIOException("commerce.webhooks.trust-certificates cannot be read: " + trustCertificates, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the webhooks' TLS trust cannot be set up", e);
        }
    }
}
