package io.ultramarket.commerce.web.client;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whose address a request is counted under: the connection's, unless it comes from a trusted proxy; a
 * client never names its own address past a proxy that appends what it saw.
 */
class ClientAddressesTest {

    private static final ClientAddresses DIRECT = new ClientAddresses(new ClientAddressProperties(List.of(), 0));
    private static final ClientAddresses BEHIND_PROXIES =
            new ClientAddresses(new ClientAddressProperties(List.of("10.0.0.0/8", "2001:db8::/32"), 3));

    private static MockServerHttpRequest from(String connection, String... forwardedFor) {
        var request = MockServerHttpRequest.get("/search").remoteAddress(new InetSocketAddress(connection, 40_000));
        for (String value : forwardedFor) {
            request.header("X-Forwarded-For", value);
        }
        return request.build();
    }

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClientWhateverAHeaderSays() {
        assertThat(DIRECT.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(DIRECT.of(from("10.1.2.3", "198.51.100.1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostAddressNoProxyAdded() {
        assertThat(BEHIND_PROXIES.of(from("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
        // A client that writes its own header gets it appended to: the proxy's entry is the right-most one.
        assertThat(BEHIND_PROXIES.of(from("10.1.2.3", "1.1.1.1, 198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of(from("10.1.2.3", "1.1.1.1, 198.51.100.1, 10.9.9.9"))).isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of(from("10.1.2.3", "1.1.1.1", "198.51.100.1"))).as("several header lines")
                .isEqualTo("198.51.100.1");
    }

    @Test
    void anUntrustedConnectionIsItselfEvenWithAHeader() {
        assertThat(BEHIND_PROXIES.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aHopThatIsNoIpLiteralEndsTheWalkAtTheLastTrustedHopAndIsNeverLookedUp() {
        assertThat(BEHIND_PROXIES.of(from("10.1.2.3", "evil.example.com"))).isEqualTo("10.1.2.3");
        assertThat(BEHIND_PROXIES.of(from("10.1.2.3", "198.51.100.1, 999.1.1.1"))).isEqualTo("10.1.2.3");
        assertThat(BEHIND_PROXIES.of(from("10.1.2.3", "198.51.100.1, 10.4.4.4, unknown"))).isEqualTo("10.1.2.3");
        assertThat(BEHIND_PROXIES.of(from("10.1.2.3", ".:1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void onlyTheConfiguredNumberOfHopsIsRead() {
        // 3 hops at most: all three right-most are proxies, so the client is the last of them read.
        assertThat(BEHIND_PROXIES.of(from("10.1.2.3", "198.51.100.1, 10.0.0.3, 10.0.0.2, 10.0.0.1"))).isEqualTo("10.0.0.3");
    }

    @Test
    void ipv6ProxiesAndClientsToo() {
        assertThat(BEHIND_PROXIES.of(from("2001:db8::5", "2001:db9::1"))).isEqualTo("2001:db9:0:0:0:0:0:1");
        assertThat(BEHIND_PROXIES.of(from("2001:db8::5", "[2001:db9::1]"))).isEqualTo("2001:db9:0:0:0:0:0:1");
    }

    @Test
    void thisMachineIsALoopbackClientNotForwardedByAProxyNobodyDeclared() {
        assertThat(DIRECT.isThisMachine(from("127.0.0.1"))).isTrue();
        assertThat(DIRECT.isThisMachine(from("127.0.0.1", "203.0.113.7"))).isFalse();
        assertThat(DIRECT.isThisMachine(from("127.0.0.1", "127.0.0.1"))).isFalse();
        assertThat(DIRECT.isThisMachine(from("203.0.113.7"))).isFalse();
        assertThat(BEHIND_PROXIES.isThisMachine(from("10.1.2.3", "198.51.100.1"))).isFalse();
        assertThat(BEHIND_PROXIES.isThisMachine(from("10.1.2.3", "127.0.0.1"))).isTrue();
        assertThat(DIRECT.isThisMachine(MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress("127.0.0.1", 1))
                .header("Forwarded", "for=203.0.113.7").build())).isFalse();
    }

    @Test
    void rangesAreCidrLiteralsOnly() {
        assertThat(AddressRange.parse("10.0.0.0/8").contains(AddressRange.literal("10.255.0.1").orElseThrow())).isTrue();
        assertThat(AddressRange.parse("10.0.0.0/8").contains(AddressRange.literal("11.0.0.1").orElseThrow())).isFalse();
        assertThat(AddressRange.parse("192.0.2.1").contains(AddressRange.literal("192.0.2.1").orElseThrow())).isTrue();
        assertThat(AddressRange.parse("0.0.0.0/0").contains(AddressRange.literal("8.8.8.8").orElseThrow())).isTrue();
        assertThat(AddressRange.parse("10.0.0.0/8").contains(AddressRange.literal("::1").orElseThrow())).isFalse();
        assertThatThrownBy(() -> AddressRange.parse("proxy.internal/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
