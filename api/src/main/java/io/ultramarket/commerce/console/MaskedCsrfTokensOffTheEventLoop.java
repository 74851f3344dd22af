package io.ultramarket.commerce.console;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Spring Security's CSRF tokens masked afresh for each page (its defence against BREACH), with the mask drawn off
 * Netty's threads: it comes from {@code SecureRandom}, which reads the OS entropy source (BlockHound caught it).
 */
final class MaskedCsrfTokensOffTheEventLoop implements ServerCsrfTokenRequestHandler {

    private final XorServerCsrfTokenRequestAttributeHandler masks = new XorServerCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
        masks.handle(exchange, csrfToken.publishOn(Schedulers.boundedElastic()));
    }

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        return masks.resolveCsrfTokenValue(exchange, csrfToken);
    }
}
