package io.ultramarket.commerce.merchantwebhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which addresses may receive webhooks: public ones, and those the allow-list names. Literals only: no DNS. */
class TargetAddressesTest {

    private final TargetAddresses noExceptions = new TargetAddresses(List.of());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "0.0.0.0, unspecified",
            "0.1.2.3, unspecified",
            "10.0.0.1, private",
            "10.255.255.255, private",
            "100.64.0.1, shared (carrier-grade NAT)",
            "100.127.255.254, shared (carrier-grade NAT)",
            "127.0.0.1, loopback",
            "127.8.9.10, loopback",
            "169.254.169.254, link-local",
            "172.16.0.1, private",
            "172.31.255.255, private",
            "192.0.0.8, reserved for protocols",
            "192.168.1.1, private",
            "198.18.0.1, reserved for benchmarks",
            "224.0.0.251, multicast",
            "239.255.255.250, multicast",
            "240.0.0.1, reserved",
            "255.255.255.255, reserved",
            "::, unspecified",
            "::1, loopback",
            "fe80::1, link-local",
            "febf:ffff::1, link-local",
            "fec0::1, site-local",
            "fc00::1, unique local",
            "fd12:3456:789a::1, unique local",
            "ff02::1, multicast",
            "'::ffff:10.0.0.1', private",
            "'::ffff:127.0.0.1', loopback",
            "'::ffff:169.254.169.254', link-local",
            "'::10.0.0.1', private (as IPv4-compatible)",
            "'64:ff9b::127.0.0.1', loopback (as NAT64)",
            "'2002:a9fe:a9fe::1', link-local (as 6to4)",
            "'2002:c0a8:0101::1', private (as 6to4)"
    })
    void internalAddressesAreRefused(String address, String kind) throws UnknownHostException {
        InetAddress parsed = InetAddress.getByName(address);

        assertThat(noExceptions.refusal("merchant.example", parsed)).hasValueSatisfying(reason ->
                assertThat(reason).contains(kind.contains("(as") ? kind.substring(0, kind.indexOf(" (as")) : kind));
    }

    @Test
    void anIpv6FormOfAnIpv4AddressNamesTheFormItCameIn() {
        byte[] compatible = new byte[16];
        compatible[12] = 10;
        compatible[15] = 1;

        assertThat(TargetAddresses.kindOf(compatible)).hasValue("private (as IPv4-compatible)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.255.255",
            "172.32.0.1", "192.167.255.255", "169.253.0.1", "223.255.255.255", "2606:2800:220:1:248:1893:25c8:1946",
            "2001:4860:4860::8888", "64:ff9b::808:808", "2002:0808:0808::1", "::ffff:8.8.8.8"})
    void publicAddressesPass(String address) throws UnknownHostException {
        assertThat(noExceptions.refusal("merchant.example", InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void anAllowedNameLetsThroughWhateverItResolvesTo() throws UnknownHostException {
        TargetAddresses allowing = new TargetAddresses(List.of("erp.internal"));

        assertThat(allowing.refusal("ERP.internal", InetAddress.getByName("10.1.2.3"))).isEmpty();
        assertThat(allowing.refusal("other.internal", InetAddress.getByName("10.1.2.3"))).isPresent();
    }

    @Test
    void anAllowedAddressLetsThroughThatAddressAlone() throws UnknownHostException {
        TargetAddresses allowing = new TargetAddresses(List.of("127.0.0.1", "fd00::5"));

        assertThat(allowing.refusal("localhost", InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(allowing.refusal("fd00::5", InetAddress.getByName("fd00:0:0:0:0:0:0:5"))).isEmpty();
        assertThat(allowing.refusal("localhost", InetAddress.getByName("127.0.0.2"))).isPresent();
        assertThat(allowing.refusal("localhost", InetAddress.getByName("::1"))).isPresent();
    }

    @Test
    void everyAddressANameResolvesToMustPass() {
        assertThatThrownBy(() -> noExceptions.resolve("localhost"))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("localhost resolves to")
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> noExceptions.resolve("169.254.169.254"))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("link-local");
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        assertThatThrownBy(() -> noExceptions.resolve("no-such-host.invalid"))
                .isInstanceOf(TargetRefused.class)
                .hasMessage("the host no-such-host.invalid does not resolve");
    }
}
