package io.ultramarket.commerce.query.audit;

/**
 * Which slice of the global history to read: the events stored after a position (exclusive), at most
 * {@code limit} of them (default {@value #DEFAULT_LIMIT}). Positions start at 1, so {@code after = 0} reads
 * from the beginning.
 */
public record AuditPageRequest(long after, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public AuditPageRequest {
        if (after < 0) {
            throw new IllegalArgumentException("after must not be negative, was " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
