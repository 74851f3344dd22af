package io.ultramarket.commerce.web;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Ends the responses that would never end by themselves (live server-sent event streams) when the app begins to
 * stop, before the web server's graceful shutdown waits for the requests under way: otherwise each open stream
 * holds the shutdown for its whole timeout and is then cut. An ended stream is a complete response; its client
 * reconnects, to another instance behind the load balancer, and resumes from its {@code Last-Event-ID}.
 * A stream asked for while the app stops ends at once (ADR 0117).
 */
@Component
public class LongLivedResponses implements SmartLifecycle {

    private final Sinks.Empty<Void> stopping = Sinks.empty();
    private volatile boolean running;

    /** {@code stream}, ending when the app begins to stop. */
    public <T> Flux<T> endingAtShutdown(Flux<T> stream) {
        return stream.takeUntilOther(stopping.asMono());
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        stopping.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, before the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}). */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }
}
