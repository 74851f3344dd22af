package io.ultramarket.commerce.command.stock;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often a stock item is snapshotted ({@code commerce.stock.snapshot-threshold}, in events). Popular
 * SKUs collect thousands of reservations, so replaying their whole history on every command gets slow.
 * Unset (0) means the default of {@value #DEFAULT_SNAPSHOT_THRESHOLD}.
 */
@ConfigurationProperties("commerce.stock")
public record StockSnapshotProperties(int snapshotThreshold) {

    public static final int DEFAULT_SNAPSHOT_THRESHOLD = 100;

    public StockSnapshotProperties {
        if (snapshotThreshold < 0) {
            throw new IllegalArgumentException("commerce.stock.snapshot-threshold must be at least 1 (or 0 for the default "
                    + DEFAULT_SNAPSHOT_THRESHOLD + "), was " + snapshotThreshold);
        }
        snapshotThreshold = snapshotThreshold == 0 ? DEFAULT_SNAPSHOT_THRESHOLD : snapshotThreshold;
    }
}
