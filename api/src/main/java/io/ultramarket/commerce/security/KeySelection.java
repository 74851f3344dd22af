package io.ultramarket.commerce.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

import java.util.List;

/** The keys of a set that may have signed a token: same {@code kid}, key type and use as its header asks. */
public final class KeySelection {

    private KeySelection() {
    }

    public static List<JWK> candidates(SignedJWT token, JWKSet keys) {
        return new JWKSelector(JWKMatcher.forJWSHeader(token.getHeader())).select(keys);
    }
}
