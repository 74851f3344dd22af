package io.ultramarket.commerce.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How commands are handed from Netty's event loop to Axon's blocking command bus. Zero means the default.
 *
 * @param threads worker threads that run commands (each holds a database connection while it works)
 * @param queueCapacity commands that may wait for a worker before new ones are refused with 503
 */
@ConfigurationProperties("commerce.commands")
public record CommandProperties(int threads, int queueCapacity) {

    public CommandProperties {
        if (threads < 0 || queueCapacity < 0) {
            throw new IllegalArgumentException("commerce.commands.threads and queue-capacity must not be negative");
        }
        threads = threads == 0 ? 16 : threads;
        queueCapacity = queueCapacity == 0 ? 10_000 : queueCapacity;
    }
}
