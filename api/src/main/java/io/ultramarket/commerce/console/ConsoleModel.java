package io.ultramarket.commerce.console;

import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.security.CallerResolver;
import io.ultramarket.commerce.security.Role;
import io.ultramarket.commerce.security.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * What every console page's layout shows: who is signed in, with which roles (the navigation shows their
 * pages only), and the CSRF token that each form posts back.
 */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleModel {

    /** The signed-in staff member as the layout names them. */
    record SignedIn(String name, Set<Role> roles) {

        public boolean has(String role) {
            return roles.contains(Role.ADMIN) || roles.contains(Role.valueOf(role));
        }
    }

    @ModelAttribute("csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @ModelAttribute("signedIn")
    Mono<SignedIn> signedIn(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(principal -> {
                    Authentication authentication = (Authentication) principal;
                    Caller caller = CallerResolver.callerOf(authentication);
                    return new SignedIn(displayName(authentication), caller.roles());
                });
    }

    private static String displayName(Authentication authentication) {
        if (authentication.getPrincipal() instanceof StaffMember staff) {
            return staff.username();
        }
        if (authentication.getPrincipal() instanceof OidcUser user && user.getPreferredUsername() != null) {
            return user.getPreferredUsername();
        }
        return authentication.getName();
    }
}
