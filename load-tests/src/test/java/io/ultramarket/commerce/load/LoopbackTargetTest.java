package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackTargetTest {

    @Test
    void acceptsOnlyThisMachinesOwnAddresses() {
        assertThat(LoopbackTarget.isLoopback("localhost")).isTrue();
        assertThat(LoopbackTarget.isLoopback("127.0.0.1")).isTrue();
        assertThat(LoopbackTarget.isLoopback("127.1.2.3")).isTrue();
        assertThat(LoopbackTarget.isLoopback("[::1]")).isTrue();

        assertThat(LoopbackTarget.isLoopback("10.0.0.1")).isFalse();
        assertThat(LoopbackTarget.isLoopback("[2001:db8::1]")).isFalse();
        assertThat(LoopbackTarget.isLoopback("example.com")).isFalse();
        // A name that merely starts like localhost would need a DNS answer we cannot vouch for.
        assertThat(LoopbackTarget.isLoopback("localhost.example.com")).isFalse();
    }
}
