package io.ultramarket.commerce.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How commands are handed from Netty's event loop to Axon's blocking command bus. Zero means the default.
 *
 * @param threads worker threads that run commands (each holds a database connection while it works)
 * @param queueCapacity commands that may wait for a worker before new ones are refused with 503
 * @param conflictAttempts how often a command is tried when its append loses a race with another writer of
 *                         the aggregate (another instance, ADR 0055), before the 409 is answered
 */
@ConfigurationProperties("commerce.commands")
public record CommandProperties(int threads, int queueCapacity, int conflictAttempts) {

    public CommandProperties {
        if (threads < 0 || queueCapacity < 0 || conflictAttempts < 0) {
            throw new IllegalArgumentException("commerce.commands.threads, queue-capacity and conflict-attempts must not be negative");
        }
        threads = threads == 0 ? 16 : threads;
        queueCapacity = queueCapacity == 0 ? 10_000 : queueCapacity;
        conflictAttempts = conflictAttempts == 0 ? 3 : conflictAttempts;
    }
}
