package io.ultramarket.commerce.console;

import io.ultramarket.commerce.security.Role;
import io.ultramarket.commerce.security.RolesFromToken;
import io.ultramarket.commerce.security.SecurityProperties;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.HttpStatusServerAccessDeniedHandler;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;

import java.net.URI;
import java.util.Arrays;

import static io.ultramarket.commerce.security.Role.ADMIN;
import static io.ultramarket.commerce.security.Role.AUDITOR;
import static io.ultramarket.commerce.security.Role.MERCHANDISER;
import static io.ultramarket.commerce.security.Role.SUPPORT;

/**
 * The console's own filter chain, ahead of the API's (ADR 0062): a session cookie (WebSession) with CSRF
 * protection, a form sign-in of the demo staff in the embedded default, and a sign-in through the shop's OIDC
 * issuer when a client registration for the console is configured. Only staff get in; each page is open to the
 * roles whose API routes it uses, as in {@code SecurityConfiguration}, deny by default. The API's chain stays
 * stateless and takes no cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurityConfiguration {

    static final String HOME = "/console";
    static final String LOGIN = "/console/login";
    static final String LOGOUT = "/console/logout";
    /** Where the OIDC sign-in starts and where the issuer sends the browser back: Spring Security's paths. */
    static final String OIDC_START = "/oauth2/authorization/";
    static final String OIDC_RETURN = "/login/oauth2/code/*";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain consoleFilterChain(ServerHttpSecurity http, ConsoleProperties properties,
                                              ObjectProvider<DevelopmentIssuer> developmentIssuer,
                                              ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
        http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(HOME, HOME + "/**", OIDC_START + "*", OIDC_RETURN))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new MaskedCsrfTokensOffTheEventLoop()))
                .authorizeExchange(ConsoleSecurityConfiguration::pages)
                .logout(logout -> logout.logoutUrl(LOGOUT)
                        .logoutSuccessHandler(redirectTo(LOGIN + "?signed-out")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN))
                        .accessDeniedHandler(new HttpStatusServerAccessDeniedHandler(HttpStatus.FORBIDDEN)))
                .headers(headers -> headers
                        .frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        // Nothing from elsewhere, no inline script: every asset comes from the app's jar (ADR 0029).
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")));
        if (developmentIssuer.getIfAvailable() != null) {
            http.formLogin(form -> form.loginPage(LOGIN)
                    .authenticationManager(new DemoStaffSignIn(properties.demoPassword()))
                    .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler(HOME))
                    .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(LOGIN + "?refused")));
        } else {
            http.formLogin(ServerHttpSecurity.FormLoginSpec::disable);
        }
        if (registrations.getIfAvailable() != null) {
            // The user service is StaffFromIdToken, which refuses customers.
            http.oauth2Login(oidc -> oidc
                    .clientRegistrationRepository(registrations.getObject())
                    .authorizationRequestResolver(new AuthorizationRequestsOffTheEventLoop(registrations.getObject()))
                    .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler(HOME))
                    .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(LOGIN + "?refused")));
        }
        return http.build();
    }

    /**
     * The only template resolver of the views (so named, Spring Boot's classpath resolver is not made): the
     * console's templates held in memory. The customer emails have an engine of their own (MailTemplates).
     */
    @Bean("defaultTemplateResolver")
    ConsoleTemplates consoleTemplates() {
        return new ConsoleTemplates();
    }

    /** Thymeleaf reads its version from its jar when the engine first starts: at start-up, not on a Netty thread. */
    @Bean
    ApplicationRunner startTemplateEngine(ISpringWebFluxTemplateEngine views) {
        return arguments -> views.getConfiguration();
    }

    @Bean
    StaffFromIdToken staffFromIdToken(SecurityProperties security) {
        return new StaffFromIdToken(new RolesFromToken(security.rolesClaim()));
    }

    /** Each page for the roles of the API routes behind it; the rest of the console is refused. */
    static void pages(AuthorizeExchangeSpec pages) {
        pages.pathMatchers(HttpMethod.GET, LOGIN, HOME + "/assets/**").permitAll()
                .pathMatchers(OIDC_START + "*", OIDC_RETURN).permitAll()
                .pathMatchers(HttpMethod.GET, HOME, HOME + "/").hasAnyRole(names(Role.staff()))
                // Orders and their fraud review are support's (and admin's), as /orders/* and /orders/*/review.
                .pathMatchers(HttpMethod.GET, HOME + "/orders", HOME + "/orders/stream", HOME + "/orders/*",
                        HOME + "/reviews").hasAnyRole(names(SUPPORT, ADMIN))
                .pathMatchers(HttpMethod.POST, HOME + "/orders/*/review").hasAnyRole(names(SUPPORT, ADMIN))
                // The catalog and stock are the merchandiser's, as the product and stock commands.
                .pathMatchers(HttpMethod.GET, HOME + "/products", HOME + "/stock").hasAnyRole(names(MERCHANDISER, ADMIN))
                .pathMatchers(HttpMethod.POST, HOME + "/products/*/prices", HOME + "/stock/*/receipts",
                        HOME + "/stock/*/adjustments").hasAnyRole(names(MERCHANDISER, ADMIN))
                // Product reviews are moderated by support and merchandisers (and admin), as /product-reviews/**.
                .pathMatchers(HttpMethod.GET, HOME + "/product-reviews").hasAnyRole(names(SUPPORT, MERCHANDISER, ADMIN))
                .pathMatchers(HttpMethod.POST, HOME + "/product-reviews/*/approve", HOME + "/product-reviews/*/reject")
                .hasAnyRole(names(SUPPORT, MERCHANDISER, ADMIN))
                // Projections, their replays and dead letters are admin's, as /admin/**.
                .pathMatchers(HttpMethod.GET, HOME + "/projections", HOME + "/projections/*/progress",
                        HOME + "/dead-letters").hasRole(ADMIN.name())
                .pathMatchers(HttpMethod.POST, HOME + "/projections/*/replay", HOME + "/dead-letters/*/retry")
                .hasRole(ADMIN.name())
                // An aggregate's audit, the auditor's, as /audit/**.
                .pathMatchers(HttpMethod.GET, HOME + "/audit").hasAnyRole(names(AUDITOR, ADMIN))
                .anyExchange().denyAll();
    }

    private static RedirectServerLogoutSuccessHandler redirectTo(String location) {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create(location));
        return handler;
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
