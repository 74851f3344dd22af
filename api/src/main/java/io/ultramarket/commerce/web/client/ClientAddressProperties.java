package io.ultramarket.commerce.web.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Where requests come from ({@code commerce.client-address.*}).
 *
 * @param trustedProxies address ranges (CIDR) of the reverse proxies in front of the app: only a request
 *                       whose connection comes from one of them has its {@code X-Forwarded-For} read. Empty
 *                       (the default): the client is the connection's address, whatever a header says
 * @param maxForwardedHops how many {@code X-Forwarded-For} entries are read at most, from the right
 */
@ConfigurationProperties("commerce.client-address")
public record ClientAddressProperties(List<String> trustedProxies, int maxForwardedHops) {

    public ClientAddressProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        maxForwardedHops = maxForwardedHops <= 0 ? 10 : maxForwardedHops;
    }
}
