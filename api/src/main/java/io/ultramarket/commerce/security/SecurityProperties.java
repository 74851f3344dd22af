package io.ultramarket.commerce.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How bearer tokens are checked. The issuer itself is Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}; without it the development issuer runs.
 *
 * @param audience   the value a token's {@code aud} must contain: this API's client id at the issuer
 * @param clockSkew  the tolerance on {@code exp} and {@code nbf} for clocks that drift apart
 * @param rolesClaim where the roles are in a token, as a dotted path ({@code realm_access.roles} is Keycloak's)
 * @param jwks       how the issuer's public keys are cached
 * @param verifiedTokens how tokens already checked are remembered
 */
@ConfigurationProperties("commerce.security")
public record SecurityProperties(@DefaultValue("commerce-api") String audience,
                                 @DefaultValue("30s") Duration clockSkew,
                                 @DefaultValue("realm_access.roles") String rolesClaim,
                                 @DefaultValue Jwks jwks,
                                 @DefaultValue VerifiedTokens verifiedTokens) {

    /**
     * @param cacheTtl           how long a fetched key set is trusted: a key the issuer retired is refused at
     *                           most this long after it left the issuer's JWKS
     * @param minRefreshInterval a token with an unknown {@code kid} fetches the key set again (a rotated key),
     *                           but at most once per this interval, so a flood of made-up kids cannot make
     *                           the app hammer the issuer
     * @param fetchTimeout       how long one fetch of the discovery document or the key set may take
     */
    public record Jwks(@DefaultValue("5m") Duration cacheTtl,
                       @DefaultValue("10s") Duration minRefreshInterval,
                       @DefaultValue("5s") Duration fetchTimeout) {
    }

    /**
     * @param maxEntries how many distinct tokens whose signature was checked are remembered (the least recently
     *                   used go first); 0 checks every token's signature on every request
     * @param ttl        how long a remembered token's signature is trusted before it is verified again; a token
     *                   whose key left the trusted key set is refused at once, remembered or not
     */
    public record VerifiedTokens(@DefaultValue("2000") int maxEntries,
                                 @DefaultValue("1m") Duration ttl) {
    }
}
