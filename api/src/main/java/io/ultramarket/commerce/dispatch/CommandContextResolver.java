package io.ultramarket.commerce.dispatch;

import io.ultramarket.commerce.idempotency.IdempotencyKeyHeader;
import io.ultramarket.commerce.security.CallerResolver;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;

/** Lets a controller method take a {@link CommandContext} built from the current request. */
public class CommandContextResolver implements HandlerMethodArgumentResolver {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandContext.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        var request = exchange.getRequest();
        Optional<String> correlationId = Optional.ofNullable(request.getHeaders().getFirst(CORRELATION_HEADER))
                .filter(value -> !value.isBlank() && value.length() <= 255);
        Optional<String> idempotencyKey = IdempotencyKeyHeader.read(request.getHeaders());
        return CallerResolver.callerOf(exchange)
                .map(caller -> new CommandContext(caller.subject(), correlationId, idempotencyKey,
                        request.getMethod().name(), request.getPath().value()));
    }
}
