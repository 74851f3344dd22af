package io.ultramarket.commerce.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the tokens whose signature was checked, by their exact text, so that a client's next request with
 * the same token is not parsed and verified again (a fifth of a request's CPU on the event loop). Only a token the
 * decoder accepted is remembered, and the same text can only be the same header, claims and signature. Every
 * use still runs the claims' checks ({@code exp}, {@code nbf} with the skew, {@code iss}, {@code aud}) against
 * the clock: an expired token is refused as before; one that fails them is forgotten and handed to the decoder,
 * which refuses it with its usual error. A remembered signature is trusted for {@code ttl} at most, so a key the
 * issuer retires stops being honoured that long after the key set that held it stopped being trusted.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    /** Longer texts are checked every time: headers are bounded anyway, and a few huge keys must not fill the heap. */
    static final int LONGEST_REMEMBERED = 8 * 1024;

    private final ReactiveJwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(ReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> claims,
                       SecurityProperties.VerifiedTokens settings, Clock clock) {
        this.decoder = decoder;
        this.claims = claims;
        this.verified = Caffeine.newBuilder()
                .maximumSize(settings.maxEntries())
                .expireAfterWrite(settings.ttl())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt seen = token.length() > LONGEST_REMEMBERED ? null : verified.getIfPresent(token);
        if (seen != null) {
            if (!claims.validate(seen).hasErrors()) {
                return Mono.just(seen);
            }
            verified.invalidate(token);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (token.length() <= LONGEST_REMEMBERED) {
                verified.put(token, jwt);
            }
        });
    }

    long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
