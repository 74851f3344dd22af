package io.ultramarket.commerce.security.issuer;

import io.swagger.v3.oas.annotations.Hidden;
import io.ultramarket.commerce.web.client.ClientAddresses;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The development issuer over HTTP: its discovery document, its public keys, and a token endpoint that
 * takes a demo user's name ({@code username=ada}, and optionally the language their identity provider would
 * name, {@code locale=de-DE}) and answers only requests from this machine.
 * {@code scripts/dev-token.sh} calls it. Not part of the shop's API, so not in the OpenAPI document.
 */
@Hidden
@RestController
@Conditional(NoExternalIssuer.class)
@RequestMapping(path = DevelopmentIssuerEndpoints.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class DevelopmentIssuerEndpoints {

    static final String PATH = "/dev-issuer";

    private final DevelopmentIssuer issuer;
    private final ClientAddresses clients;

    DevelopmentIssuerEndpoints(DevelopmentIssuer issuer, ClientAddresses clients) {
        this.issuer = issuer;
        this.clients = clients;
    }

    @GetMapping("/.well-known/openid-configuration")
    Map<String, Object> discovery(ServerHttpRequest request) {
        String base = request.getURI().resolve(PATH).toString();
        return Map.of(
                "issuer", issuer.issuer(),
                "jwks_uri", base + "/jwks",
                "token_endpoint", base + "/token",
                "grant_types_supported", List.of("password"),
                "id_token_signing_alg_values_supported", List.of("RS256"));
    }

    @GetMapping("/jwks")
    Map<String, Object> keys() {
        return issuer.publicKeys().toJSONObject();
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<Map<String, Object>> token(ServerWebExchange exchange) {
        if (!clients.isThisMachine(exchange.getRequest())) {
            return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "the development issuer gives tokens to clients on this machine only"));
        }
        return exchange.getFormData()
                // Signing draws on the entropy source, which may block: off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(form -> issuer.issue(Objects.requireNonNullElse(form.getFirst("username"), ""), form.getFirst("locale")))
                .map(token -> Map.of("access_token", token.accessToken(), "token_type", "Bearer",
                        "expires_in", token.expiresIn()));
    }
}
