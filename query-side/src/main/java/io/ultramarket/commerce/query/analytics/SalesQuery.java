package io.ultramarket.commerce.query.analytics;

import java.time.LocalDate;
import java.util.Optional;

/** Sales between two days (both included), bucketed, per SKU or category, optionally for one currency. */
public record SalesQuery(LocalDate from, LocalDate to, Granularity granularity, SalesGrouping by, Optional<String> currency) {
}
