package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.schemas.stock.SetLowStockThreshold;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.OptionalInt;

/**
 * The shop's low-stock threshold for stock items without one of their own
 * ({@code commerce.stock.default-low-stock-threshold}, ADR 0059). Unset, only items given a threshold are
 * watched. Axon hands it to the stock item's command handlers as a bean, so the aggregate reads no
 * configuration: it is told the default with each command, and records the threshold it judged by in its
 * events, so a replay never depends on today's setting.
 */
@ConfigurationProperties("commerce.stock")
public record LowStockDefault(Integer defaultLowStockThreshold) {

    public LowStockDefault {
        // A threshold outside what a stock item may be given is a typo; failing at start-up beats odd alerts.
        if (defaultLowStockThreshold != null
                && (defaultLowStockThreshold < 0 || defaultLowStockThreshold > SetLowStockThreshold.MAX_THRESHOLD)) {
            throw new IllegalArgumentException("commerce.stock.default-low-stock-threshold must be between 0 and "
                    + SetLowStockThreshold.MAX_THRESHOLD + " (or unset: no default), was " + defaultLowStockThreshold);
        }
    }

    public static LowStockDefault none() {
        return new LowStockDefault(null);
    }

    public static LowStockDefault of(int threshold) {
        return new LowStockDefault(threshold);
    }

    public OptionalInt threshold() {
        return defaultLowStockThreshold == null ? OptionalInt.empty() : OptionalInt.of(defaultLowStockThreshold);
    }
}
