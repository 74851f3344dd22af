package io.ultramarket.commerce.console;

import io.ultramarket.commerce.security.Role;
import io.ultramarket.commerce.security.RolesFromToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.Set;

/**
 * The console's sign-in through the shop's OIDC issuer: the user's roles are read where the API reads them
 * in an access token ({@code commerce.security.roles-claim}), here in the ID token and user info; a user
 * without a staff role (a customer) is refused, so never gets a console session. The user's name is the
 * subject, as in the API.
 */
final class StaffFromIdToken implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcReactiveOAuth2UserService issuer = new OidcReactiveOAuth2UserService();
    private final RolesFromToken roles;

    StaffFromIdToken(RolesFromToken roles) {
        this.roles = roles;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return issuer.loadUser(request).map(user -> {
            Set<Role> held = roles.rolesIn(user.getClaims());
            if (Arrays.stream(Role.staff()).noneMatch(held::contains)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED,
                        "only staff sign in to the console", null));
            }
            return new DefaultOidcUser(held.stream().map(Role::authority).toList(), user.getIdToken(),
                    user.getUserInfo(), IdTokenClaimNames.SUB);
        });
    }
}
