package io.ultramarket.commerce.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Guards the one rule about where load may go: this workplace forbids traffic to any address but the
 * machine's own, so only localhost, 127.0.0.0/8 and ::1 are accepted. IP literals are checked without a DNS
 * lookup; the name "localhost" is accepted only if it resolves to loopback addresses alone.
 */
final class LoopbackTarget {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LoopbackTarget() {
    }

    /** The base URL as a URI without a trailing slash, or an IllegalArgumentException saying why not. */
    static URI require(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("--base-url '" + baseUrl + "' is not a URL: " + malformed.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--base-url must start with http:// or https://, was " + baseUrl);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("--base-url has no host: " + baseUrl);
        }
        if (!isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Refusing to send load to " + uri.getHost() + ": this workplace "
                    + "forbids traffic to other addresses; only localhost, 127.0.0.0/8 and [::1] are allowed.");
        }
        return URI.create(baseUrl.replaceAll("/+$", ""));
    }

    static boolean isLoopback(String host) {
        try {
            if (host.startsWith("[") && host.endsWith("]")) {
                // An IPv6 literal (URI keeps the brackets): parsed, not looked up.
                return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
            }
            if (IPV4_LITERAL.matcher(host).matches()) {
                return InetAddress.getByName(host).isLoopbackAddress();
            }
            if (host.equalsIgnoreCase("localhost")) {
                return Arrays.stream(InetAddress.getAllByName(host)).allMatch(InetAddress::isLoopbackAddress);
            }
            // Any other name would need a lookup whose answer we could not vouch for.
            return false;
        } catch (UnknownHostException unresolvable) {
            return false;
        }
    }
}
