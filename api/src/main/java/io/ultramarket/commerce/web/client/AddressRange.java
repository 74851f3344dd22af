package io.ultramarket.commerce.web.client;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, or one address).
 * Addresses are read as literals only: a name is never looked up (a lookup blocks, and a forwarded header
 * is the client's to write).
 */
record AddressRange(byte[] network, int prefixLength) {

    // Each octet 0-255: the JDK looks up (as a name) what looks like a dotted quad but is not one.
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    // Hex digits, colons (at least one, which makes the JDK parse it as IPv6 or refuse it), and dots for an
    // embedded IPv4 tail; no zone. It starts as the JDK needs to treat it as a literal, never as a name.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");

    static AddressRange parse(String cidr) {
        String[] parts = cidr.trim().split("/", 2);
        byte[] network = literal(parts[0]).map(InetAddress::getAddress)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address range: " + cidr));
        int bits = network.length * 8;
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix length of " + cidr + " is not between 0 and " + bits);
        }
        return new AddressRange(network, prefix);
    }

    /** The address a literal names (IPv4 dotted quad or IPv6 without a zone), never a name looked up. */
    static Optional<InetAddress> literal(String text) {
        String candidate = text.trim();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        boolean ipv4 = IPV4.matcher(candidate).matches();
        if (!ipv4 && !(candidate.contains(":") && IPV6.matcher(candidate).matches())) {
            return Optional.empty();
        }
        try {
            // A literal is parsed, not resolved.
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int bits = network.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefixLength).subtract(BigInteger.ONE));
        return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
    }
}
