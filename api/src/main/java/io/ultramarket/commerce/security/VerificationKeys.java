package io.ultramarket.commerce.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Flux;

import java.util.function.Function;

/**
 * The keys that may have signed a token, and whether a key is still among those trusted right now: a
 * signature verified earlier is honoured again only while its key is, so remembering verified tokens
 * ({@link VerifiedTokenCache}) never outlives the retirement of a key.
 */
interface VerificationKeys extends Function<SignedJWT, Flux<JWK>> {

    /** Whether the key {@code keyId} is in the key set trusted now, without fetching anything; false for no id. */
    boolean stillTrusts(String keyId);

    /** A key set that never changes, such as the development issuer's. */
    static VerificationKeys fixed(JWKSet keys) {
        return new VerificationKeys() {
            @Override
            public Flux<JWK> apply(SignedJWT token) {
                return Flux.fromIterable(KeySelection.candidates(token, keys));
            }

            @Override
            public boolean stillTrusts(String keyId) {
                return keyId != null && keys.getKeyByKeyId(keyId) != null;
            }
        };
    }
}
