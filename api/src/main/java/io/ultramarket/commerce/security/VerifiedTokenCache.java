package io.ultramarket.commerce.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JoseHeaderNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Remembers the tokens whose signature was checked, by their exact text, so that a client's next request with
 * the same token is not parsed and verified again (a fifth of a request's CPU on the event loop). Only a token the
 * decoder accepted is remembered, and the same text can only be the same header, claims and signature. Every
 * use still runs the claims' checks ({@code exp}, {@code nbf} with the skew, {@code iss}, {@code aud}) against
 * the clock, and asks whether the key that signed it ({@code kid}) is still in the trusted key set: an expired
 * token, or one whose key was retired, is forgotten and handed to the decoder, which refuses it with its usual
 * error, exactly when it would have without this cache. A remembered signature is verified again after {@code ttl}.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    /** Longer texts are checked every time: headers are bounded anyway, and a few huge keys must not fill the heap. */
    static final int LONGEST_REMEMBERED = 8 * 1024;

    private final ReactiveJwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Predicate<String> keyStillTrusted;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(ReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> claims, Predicate<String> keyStillTrusted,
                       SecurityProperties.VerifiedTokens settings, Clock clock) {
        this.decoder = decoder;
        this.claims = claims;
        this.keyStillTrusted = keyStillTrusted;
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
            if (keyStillTrusted.test(keyId(seen)) && !claims.validate(seen).hasErrors()) {
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

    private static String keyId(Jwt jwt) {
        return jwt.getHeaders().get(JoseHeaderNames.KID) instanceof String kid ? kid : null;
    }

    long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
