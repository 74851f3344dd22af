package io.ultramarket.commerce.merchantwebhook;

import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a webhook may be sent: only to public addresses, so that a registered URL cannot make the app reach into
 * its own network (server-side request forgery). Refused: loopback, private (10/8, 172.16/12, 192.168/16), shared
 * carrier-grade NAT (100.64/10), link-local (169.254/16 with the clouds' metadata service, fe80::/10), unique-local
 * IPv6 (fc00::/7), multicast, unspecified, reserved and documentation-free special ranges; IPv6 forms that carry an
 * IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address. Every address a name resolves to must
 * pass, at registration and again before each delivery (a name may be pointed elsewhere in between).
 *
 * <p>{@code commerce.webhooks.allowed-targets} names exceptions: a host name lets through whatever it resolves to,
 * an IP address that address alone.
 */
final class TargetAddresses {

    /** A block of addresses: the first {@code prefixLength} bits of {@code network}. */
    private record Block(byte[] network, int prefixLength, String kind) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[full] & mask) == (network[full] & mask);
        }
    }

    private static final List<Block> REFUSED = List.of(
            block("0.0.0.0", 8, "unspecified"),
            block("10.0.0.0", 8, "private"),
            block("100.64.0.0", 10, "shared (carrier-grade NAT)"),
            block("127.0.0.0", 8, "loopback"),
            block("169.254.0.0", 16, "link-local"),
            block("172.16.0.0", 12, "private"),
            block("192.0.0.0", 24, "reserved for protocols"),
            block("192.168.0.0", 16, "private"),
            block("198.18.0.0", 15, "reserved for benchmarks"),
            block("224.0.0.0", 4, "multicast"),
            block("240.0.0.0", 4, "reserved"),
            block("::", 128, "unspecified"),
            block("::1", 128, "loopback"),
            block("fe80::", 10, "link-local"),
            block("fec0::", 10, "site-local"),
            block("fc00::", 7, "unique local"),
            block("ff00::", 8, "multicast"));

    /** IPv6 blocks whose addresses carry an IPv4 address in the given bytes. */
    private record Carrier(Block block, int from) {
    }

    private static final List<Carrier> CARRIERS = List.of(
            new Carrier(block("::ffff:0:0", 96, "IPv4-mapped"), 12),
            new Carrier(block("::", 96, "IPv4-compatible"), 12),
            new Carrier(block("64:ff9b::", 96, "NAT64"), 12),
            new Carrier(block("2002::", 16, "6to4"), 2));

    private final Set<String> allowedNames = new HashSet<>();
    private final Set<String> allowedAddresses = new HashSet<>();

    /** @param allowed {@code commerce.webhooks.allowed-targets}: host names and IP addresses */
    TargetAddresses(List<String> allowed) {
        for (String target : allowed) {
            byte[] literal = NetUtil.createByteArrayFromIpAddressString(target);
            if (literal != null) {
                allowedAddresses.add(Arrays.toString(literal));
            } else {
                allowedNames.add(target.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * Every address {@code host} resolves to, once each of them passed; blocks while it resolves (call it off the
     * event loop).
     *
     * @throws TargetRefused when the host does not resolve or one of its addresses is refused
     */
    List<InetAddress> resolve(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new TargetRefused("the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            refusal(host, address).ifPresent(reason -> {
                throw new TargetRefused(reason);
            });
        }
        return List.of(addresses);
    }

    /** Why {@code host}'s address may not be a target, or empty when it may. */
    Optional<String> refusal(String host, InetAddress address) {
        if (allowedNames.contains(host.toLowerCase(Locale.ROOT)) || allowedAddresses.contains(Arrays.toString(address.getAddress()))) {
            return Optional.empty();
        }
        return kindOf(address.getAddress()).map(kind -> host + " resolves to " + address.getHostAddress() + ", a " + kind
                + " address; only public addresses may receive webhooks (or those named in commerce.webhooks.allowed-targets)");
    }

    /** The kind of non-public block the address is in, or empty for a public address. */
    static Optional<String> kindOf(byte[] address) {
        for (Carrier carrier : CARRIERS) {
            if (carrier.block().contains(address) && !isUnspecifiedOrLoopback(address)) {
                byte[] carried = Arrays.copyOfRange(address, carrier.from(), carrier.from() + 4);
                return kindOf(carried).map(kind -> kind + " (as " + carrier.block().kind() + ")");
            }
        }
        return REFUSED.stream().filter(block -> block.contains(address)).map(Block::kind).findFirst();
    }

    /** {@code ::} and {@code ::1} are in the IPv4-compatible block too, but are what they are. */
    private static boolean isUnspecifiedOrLoopback(byte[] address) {
        if (address.length != 16) {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[15] == 0 || address[15] == 1;
    }

    private static Block block(String network, int prefixLength, String kind) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(network);
        if (bytes == null) {
            throw new IllegalArgumentException(network + " is not an IP address");
        }
        return new Block(bytes, prefixLength, kind);
    }
}
