package io.ultramarket.commerce.web.client;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address of the client behind a request: what rate limits count by and what the development issuer
 * checks. It is the connection's address unless that is one of the configured trusted proxies; then it is
 * the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy (each proxy appends the
 * address it saw, so everything left of that is the client's to write). An entry that is not an IP literal
 * ends the walk: the last trusted hop is the client then.
 *
 * <p>This replaces Spring Boot's {@code server.forward-headers-strategy}, which believes the header from
 * any connection and so lets every client name its own address (leave that setting unset).
 */
@Component
@EnableConfigurationProperties(ClientAddressProperties.class)
public class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED = "Forwarded";
    private static final String UNKNOWN = "unknown";

    private final List<AddressRange> trustedProxies;
    private final int maxHops;

    public ClientAddresses(ClientAddressProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(AddressRange::parse).toList();
        this.maxHops = properties.maxForwardedHops();
    }

    /** The client's address as text (an IP literal), or {@code unknown} when the connection has none. */
    public String of(ServerHttpRequest request) {
        return clientOf(request).map(InetAddress::getHostAddress).orElse(UNKNOWN);
    }

    /**
     * True when the client, as above, is this machine. A request forwarded by a proxy that is not a trusted
     * one is not: a proxy on this machine that nobody declared may be forwarding anyone's requests.
     */
    public boolean isThisMachine(ServerHttpRequest request) {
        Optional<InetAddress> connection = Optional.ofNullable(request.getRemoteAddress()).map(InetSocketAddress::getAddress);
        boolean forwarded = request.getHeaders().containsKey(FORWARDED_FOR) || request.getHeaders().containsKey(FORWARDED);
        if (forwarded && connection.filter(this::isTrustedProxy).isEmpty()) {
            return false;
        }
        return clientOf(request).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    private Optional<InetAddress> clientOf(ServerHttpRequest request) {
        Optional<InetAddress> connection = Optional.ofNullable(request.getRemoteAddress()).map(InetSocketAddress::getAddress);
        if (connection.isEmpty() || !isTrustedProxy(connection.get())) {
            return connection;
        }
        InetAddress client = connection.get();
        for (String hop : forwardedHops(request)) {
            Optional<InetAddress> address = AddressRange.literal(hop);
            if (address.isEmpty()) {
                break;
            }
            client = address.get();
            if (!isTrustedProxy(client)) {
                break;
            }
        }
        return Optional.of(client);
    }

    /** The header's entries, right-most first, at most {@code maxHops} of them. */
    private List<String> forwardedHops(ServerHttpRequest request) {
        List<String> hops = new ArrayList<>();
        List<String> values = request.getHeaders().getOrEmpty(FORWARDED_FOR);
        for (int v = values.size() - 1; v >= 0 && hops.size() < maxHops; v--) {
            String[] entries = values.get(v).split(",");
            for (int e = entries.length - 1; e >= 0 && hops.size() < maxHops; e--) {
                hops.add(entries[e].trim());
            }
        }
        return hops;
    }

    private boolean isTrustedProxy(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
