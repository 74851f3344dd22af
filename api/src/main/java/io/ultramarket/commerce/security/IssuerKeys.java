package io.ultramarket.commerce.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The public keys of an external OIDC issuer, found through its discovery document and fetched without
 * blocking. A fetched key set is trusted for {@code cache-ttl}, so a key the issuer retires is refused at
 * most that long afterwards. A token whose {@code kid} is not in the set fetches it again (the issuer
 * rotated its key), at most once per {@code min-refresh-interval}.
 */
class IssuerKeys implements VerificationKeys {

    private static final Duration NEVER = Duration.ofDays(365 * 100);

    private final WebClient web;
    private final String issuer;
    private final SecurityProperties.Jwks settings;
    private final Clock clock;
    private final Mono<String> jwksUri;
    private final AtomicReference<Mono<FetchedKeys>> keys = new AtomicReference<>();
    private final AtomicReference<FetchedKeys> latest = new AtomicReference<>();

    IssuerKeys(WebClient web, String issuer, SecurityProperties.Jwks settings, Clock clock) {
        this.web = web;
        this.issuer = issuer;
        this.settings = settings;
        this.clock = clock;
        // Found once; a failed look-up is tried again by the next token rather than remembered.
        this.jwksUri = discoverJwksUri().cache(uri -> NEVER, error -> Duration.ZERO, () -> Duration.ZERO);
        this.keys.set(fetchCached());
    }

    @Override
    public Flux<JWK> apply(SignedJWT token) {
        Mono<FetchedKeys> seen = keys.get();
        return seen.flatMap(fetched -> {
            List<JWK> found = KeySelection.candidates(token, fetched.keys());
            if (!found.isEmpty() || !fetched.olderThan(settings.minRefreshInterval(), clock.instant())) {
                return Mono.just(found);
            }
            Mono<FetchedKeys> fresh = fetchCached();
            Mono<FetchedKeys> next = keys.compareAndSet(seen, fresh) ? fresh : keys.get();
            return next.map(refetched -> KeySelection.candidates(token, refetched.keys()));
        }).flatMapIterable(found -> found);
    }

    /** Trusted while the last key set fetched holds it and is within {@code cache-ttl}, as {@link #apply} would. */
    @Override
    public boolean stillTrusts(String keyId) {
        FetchedKeys fetched = latest.get();
        return keyId != null && fetched != null && !fetched.olderThan(settings.cacheTtl(), clock.instant())
                && fetched.keys().getKeyByKeyId(keyId) != null;
    }

    private Mono<FetchedKeys> fetchCached() {
        return jwksUri.flatMap(uri -> get(uri, String.class))
                .map(this::parse)
                .doOnNext(latest::set)
                .cache(fetched -> settings.cacheTtl(), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    private Mono<String> discoverJwksUri() {
        String discovery = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        return get(discovery, JsonNode.class).map(document -> {
            // The document must be the configured issuer's own, or its keys could be anybody's.
            if (!issuer.equals(document.path("issuer").asText())) {
                throw new IllegalStateException("the discovery document at " + discovery + " names issuer '"
                        + document.path("issuer").asText() + "', not the configured '" + issuer + "'");
            }
            String uri = document.path("jwks_uri").asText("");
            if (uri.isEmpty()) {
                throw new IllegalStateException("the discovery document at " + discovery + " has no jwks_uri");
            }
            return uri;
        });
    }

    private <T> Mono<T> get(String uri, Class<T> type) {
        return web.get().uri(uri).retrieve().bodyToMono(type).timeout(settings.fetchTimeout());
    }

    private FetchedKeys parse(String body) {
        try {
            return new FetchedKeys(JWKSet.parse(body), clock.instant());
        } catch (ParseException e) {
            throw new IllegalStateException("the issuer's key set is not a JWK set: " + e.getMessage(), e);
        }
    }

    private record FetchedKeys(JWKSet keys, Instant fetchedAt) {

        boolean olderThan(Duration age, Instant now) {
            return fetchedAt.plus(age).isBefore(now);
        }
    }
}
