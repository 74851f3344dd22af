package io.ultramarket.commerce.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

import reactor.core.publisher.Mono;

import java.util.Arrays;

import static io.ultramarket.commerce.security.Role.ADMIN;
import static io.ultramarket.commerce.security.Role.ANALYST;
import static io.ultramarket.commerce.security.Role.AUDITOR;
import static io.ultramarket.commerce.security.Role.CUSTOMER;
import static io.ultramarket.commerce.security.Role.GUEST;
import static io.ultramarket.commerce.security.Role.MERCHANDISER;
import static io.ultramarket.commerce.security.Role.SUPPORT;

/**
 * Who may call which route, deny by default: a route not named here is refused to everyone (401 without a
 * token, 403 with one). Whose cart or order it is, is checked by the route itself ({@link Caller}): a
 * customer who asks for another's gets 404. Stateless: a bearer token (or a guest cart's token) on every
 * request, no session, no cookie, so no CSRF to guard against.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ObjectMapper json,
                                                   SecurityProperties properties,
                                                   ObjectProvider<DevelopmentIssuer> developmentIssuer) {
        ProblemResponses problems = new ProblemResponses(json);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(routes -> routes(routes, developmentIssuer.getIfAvailable() != null))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesFromToken(properties.rolesClaim())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAt(GuestAuthentication.filter(problems), SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    static void routes(AuthorizeExchangeSpec routes, boolean developmentIssuerRuns) {
        if (developmentIssuerRuns) {
            // Its endpoints exist only then; with an external issuer they fall to deny by default.
            routes.pathMatchers("/dev-issuer/**").permitAll();
        }
        // Public: the catalog, search, stock availability, the API's documentation, bare health, and the
        // webhooks, which prove themselves by their signatures.
        routes.pathMatchers(HttpMethod.GET, "/products/**", "/search", "/search/suggest", "/stock/*").permitAll()
                .pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                        "/webjars/**").permitAll()
                .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                        "/actuator/health/readiness").permitAll()
                .pathMatchers(HttpMethod.POST, "/webhooks/**").permitAll();
        // Anyone may open a cart: a customer's with a bearer token, a guest's without one (ADR 0037). Staff
        // tokens hold no customer role: staff shop with a customer account.
        routes.pathMatchers(HttpMethod.POST, "/carts").access(SecurityConfiguration::shopper);
        // A shopper's own cart and its checkout: a customer's, or a guest's with its cart token.
        routes.pathMatchers(HttpMethod.POST, "/carts/*/items", "/carts/*/checkout").hasAnyRole(names(CUSTOMER, GUEST))
                .pathMatchers(HttpMethod.PATCH, "/carts/*/items/*").hasAnyRole(names(CUSTOMER, GUEST))
                .pathMatchers(HttpMethod.DELETE, "/carts/*/items/*").hasAnyRole(names(CUSTOMER, GUEST))
                .pathMatchers(HttpMethod.PUT, "/carts/*/destination").hasAnyRole(names(CUSTOMER, GUEST))
                // A signed-in customer takes over the guest cart whose token they present.
                .pathMatchers(HttpMethod.POST, "/carts/*/claim").hasRole(CUSTOMER.name())
                // Oneself as a customer: the record and address book of the token's subject (ADR 0035).
                .pathMatchers(HttpMethod.GET, "/customers/me", "/customers/me/addresses").hasRole(CUSTOMER.name())
                .pathMatchers(HttpMethod.POST, "/customers/me/addresses").hasRole(CUSTOMER.name())
                .pathMatchers(HttpMethod.PUT, "/customers/me/addresses/*").hasRole(CUSTOMER.name())
                .pathMatchers(HttpMethod.DELETE, "/customers/me/addresses/*").hasRole(CUSTOMER.name())
                // A customer reviews a product they received; the review itself decides whether they did (ADR 0068).
                .pathMatchers(HttpMethod.POST, "/products/*/reviews").hasRole(CUSTOMER.name());
        // A shopper's carts and orders, which support (and admin) may also see and act on.
        routes.pathMatchers(HttpMethod.GET, "/carts/*", "/carts/*/totals", "/orders/*", "/orders/*/payments", "/orders/*/totals",
                        "/orders/*/stream", "/shipping/rates").hasAnyRole(names(CUSTOMER, GUEST, SUPPORT, ADMIN))
                .pathMatchers(HttpMethod.POST, "/orders/*/cancel", "/orders/*/returns").hasAnyRole(names(CUSTOMER, GUEST, SUPPORT, ADMIN))
                .pathMatchers(HttpMethod.GET, "/customers/*/orders").hasAnyRole(names(CUSTOMER, SUPPORT, ADMIN))
                // A person's data, exported or erased by themself or by support (ADR 0069); others find nothing.
                .pathMatchers(HttpMethod.GET, "/customers/*/personal-data").hasAnyRole(names(CUSTOMER, SUPPORT, ADMIN))
                .pathMatchers(HttpMethod.DELETE, "/customers/*/personal-data").hasAnyRole(names(CUSTOMER, SUPPORT, ADMIN));
        // The back office, one part per staff role; admin may do all of it.
        routes.pathMatchers(HttpMethod.POST, "/orders/*/review", "/payments/*/refunds").hasAnyRole(names(SUPPORT, ADMIN))
                // Putting a customer in a customer group, whose prices they then pay (ADR 0067).
                .pathMatchers(HttpMethod.PUT, "/customers/*/group").hasAnyRole(names(SUPPORT, ADMIN))
                // Marking a customer tax-exempt, and unmarking them: their checkouts then carry no tax (ADR 0075).
                .pathMatchers(HttpMethod.PUT, "/customers/*/tax-exemption").hasAnyRole(names(SUPPORT, ADMIN))
                .pathMatchers(HttpMethod.DELETE, "/customers/*/tax-exemption").hasAnyRole(names(SUPPORT, ADMIN))
                .pathMatchers(HttpMethod.POST, "/products", "/products/*/prices", "/products/*/price-list",
                        "/products/*/price-list/removals", "/products/*/publish",
                        "/products/*/unpublish", "/stock/*", "/stock/*/receipts", "/stock/*/adjustments")
                .hasAnyRole(names(MERCHANDISER, ADMIN))
                .pathMatchers(HttpMethod.PUT, "/products/*", "/stock/*/low-stock-threshold").hasAnyRole(names(MERCHANDISER, ADMIN))
                .pathMatchers(HttpMethod.DELETE, "/stock/*/low-stock-threshold").hasAnyRole(names(MERCHANDISER, ADMIN))
                // Thresholds and alerts are the shop's business, unlike the public stock levels.
                .pathMatchers(HttpMethod.GET, "/stock/*/low-stock", "/low-stock").hasAnyRole(names(MERCHANDISER, ADMIN))
                // Promotions are the merchandiser's; a shopper may only ask what they would take off a basket.
                .pathMatchers(HttpMethod.POST, "/promotions/evaluations").hasAnyRole(names(CUSTOMER, GUEST, MERCHANDISER, ADMIN))
                .pathMatchers(HttpMethod.POST, "/promotions", "/promotions/*/activate", "/promotions/*/deactivate")
                .hasAnyRole(names(MERCHANDISER, ADMIN))
                .pathMatchers(HttpMethod.PUT, "/promotions/*").hasAnyRole(names(MERCHANDISER, ADMIN))
                .pathMatchers(HttpMethod.GET, "/promotions", "/promotions/*").hasAnyRole(names(MERCHANDISER, ADMIN))
                // Product reviews' moderation: support hears from customers, merchandisers look after the catalog.
                .pathMatchers(HttpMethod.GET, "/product-reviews").hasAnyRole(names(SUPPORT, MERCHANDISER, ADMIN))
                .pathMatchers(HttpMethod.POST, "/product-reviews/*/approve", "/product-reviews/*/reject")
                .hasAnyRole(names(SUPPORT, MERCHANDISER, ADMIN))
                .pathMatchers(HttpMethod.GET, "/analytics/**").hasAnyRole(names(ANALYST, ADMIN))
                .pathMatchers(HttpMethod.GET, "/audit/**").hasAnyRole(names(AUDITOR, ADMIN))
                .pathMatchers("/admin/**", "/stream/orders", "/actuator/**").hasRole(ADMIN.name());
        routes.anyExchange().denyAll();
    }

    /** Nobody signed in (who opens a guest cart), a customer, or a guest (who opens another guest cart). */
    private static Mono<AuthorizationDecision> shopper(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication.map(who -> who.getAuthorities().stream().anyMatch(authority ->
                        authority.equals(CUSTOMER.authority()) || authority.equals(GUEST.authority())))
                .defaultIfEmpty(true)
                .map(AuthorizationDecision::new);
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
