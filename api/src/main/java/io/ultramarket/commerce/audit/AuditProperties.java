package io.ultramarket.commerce.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The workers that rebuild past states. Rebuilding reads the event store through Axon's blocking JDBC
 * engine, so it runs on a pool of its own, apart from the command workers: an auditor's heavy question must
 * not hold up the shop. Zero means the default.
 *
 * @param threads       worker threads (each holds a database connection while it reads)
 * @param queueCapacity rebuilds that may wait for a worker before new ones are refused with 503
 * @param exportMaxRows events one NDJSON export sends at most; the client continues with {@code after} set to
 *                      the last position it got, so that no single request holds a connection for hours
 */
@ConfigurationProperties("commerce.audit")
public record AuditProperties(int threads, int queueCapacity, int exportMaxRows) {

    public AuditProperties {
        if (threads < 0 || queueCapacity < 0 || exportMaxRows < 0) {
            throw new IllegalArgumentException("commerce.audit.threads, queue-capacity and export-max-rows must not be negative");
        }
        threads = threads == 0 ? 4 : threads;
        queueCapacity = queueCapacity == 0 ? 100 : queueCapacity;
        exportMaxRows = exportMaxRows == 0 ? 100_000 : exportMaxRows;
    }
}
