package io.ultramarket.commerce.sagas.remote;

import io.ultramarket.commerce.sagas.payment.PaymentProviderUnavailable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs one remote call to completion on the calling (processor) thread, never on Netty's: each attempt
 * is timed out, and an unavailable remote is retried with back-off within the configured bounds. Every
 * call it runs is idempotent (the same key or id on every attempt), so a retry cannot act twice.
 */
@Component
public class RemoteCalls {

    private final RemoteCallProperties properties;

    RemoteCalls(RemoteCallProperties properties) {
        this.properties = properties;
    }

    /**
     * @param unavailable   whether a failure means "try again" (a timeout, a 5xx, an open circuit)
     * @param asUnavailable turns an attempt's timeout into the port's own "unavailable" exception
     */
    public <T> T await(Mono<T> call, Class<? extends RuntimeException> unavailable,
                       Function<TimeoutException, RuntimeException> asUnavailable) {
        return Mono.defer(() -> call)
                .timeout(properties.timeout())
                .onErrorMap(TimeoutException.class, asUnavailable)
                .retryWhen(Retry.backoff(properties.maxAttempts() - 1L, properties.firstBackoff())
                        .maxBackoff(properties.maxBackoff())
                        .filter(unavailable::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .block();
    }

    public <T> T payment(Mono<T> call) {
        return await(call, PaymentProviderUnavailable.class,
                timeout -> new PaymentProviderUnavailable("no answer within " + properties.timeout(), timeout));
    }
}
