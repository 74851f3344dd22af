package io.ultramarket.commerce.security;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Guest cart tokens: unguessable, of one form, and standing for a guest id no account can have. */
class CartTokenTest {

    @Test
    void aTokenIs43CharactersOfBase64UrlAndReadsBack() {
        CartToken token = CartToken.generate();

        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(CartToken.parse(token.value())).map(CartToken::guestId).contains(token.guestId());
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void everyTokenIsNewAndStandsForItsOwnGuest() {
        Set<String> tokens = new HashSet<>();
        Set<UUID> guests = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            CartToken token = CartToken.generate();
            tokens.add(token.value());
            guests.add(token.guestId());
        }
        assertThat(tokens).hasSize(1_000);
        assertThat(guests).hasSize(1_000);
    }

    @Test
    void aGuestIdIsAVersion8UuidOfTheTokensHash() {
        CartToken token = CartToken.parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").orElseThrow();

        assertThat(token.guestId().version()).isEqualTo(8);
        assertThat(token.guestId().variant()).isEqualTo(2);
        assertThat(CartToken.isGuestId(token.guestId())).isTrue();
        assertThat(token.guestId()).isEqualTo(CartToken.parse(token.value()).orElseThrow().guestId());
        assertThat(CartToken.parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB").orElseThrow().guestId())
                .isNotEqualTo(token.guestId());
    }

    @Test
    void anythingElseIsNoToken() {
        assertThat(CartToken.parse(null)).isEmpty();
        assertThat(CartToken.parse("")).isEmpty();
        assertThat(CartToken.parse("A".repeat(42))).isEmpty();
        assertThat(CartToken.parse("A".repeat(44))).isEmpty();
        assertThat(CartToken.parse("A".repeat(42) + "=")).isEmpty();
        assertThat(CartToken.parse("A".repeat(42) + "+")).isEmpty();
        assertThat(CartToken.parse("A".repeat(42) + "é")).isEmpty();
    }

    @Test
    void aSubjectThatLooksLikeAGuestIdIsNeverThatGuestsCustomerId() {
        UUID guest = CartToken.generate().guestId();
        UUID keycloakUser = UUID.randomUUID();

        assertThat(Caller.customerIdOf(guest.toString())).isNotEqualTo(guest);
        assertThat(Caller.customerIdOf(keycloakUser.toString())).isEqualTo(keycloakUser);
        assertThat(new Caller(guest.toString(), Set.of(Role.GUEST)).customerId()).contains(guest);
        assertThat(Role.fromClaim("guest")).as("no issuer grants the guest role").isEmpty();
    }
}
