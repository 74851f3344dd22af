package io.ultramarket.commerce.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The workers that rebuild past states. Rebuilding reads the event store through Axon's blocking JDBC
 * engine, so it runs on a pool of its own, apart from the command workers: an auditor's heavy question must
 * not hold up the shop. Zero means the default.
 *
 * @param threads       worker threads (each holds a database connection while it reads)
 * @param queueCapacity rebuilds that may wait for a worker before new ones are refused with 503
 */
@ConfigurationProperties("commerce.audit")
public record AuditProperties(int threads, int queueCapacity) {

    public AuditProperties {
        if (threads < 0 || queueCapacity < 0) {
            throw new IllegalArgumentException("commerce.audit.threads and queue-capacity must not be negative");
        }
        threads = threads == 0 ? 4 : threads;
        queueCapacity = queueCapacity == 0 ? 100 : queueCapacity;
    }
}
