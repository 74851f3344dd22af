package io.ultramarket.commerce.query.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * A SKU's expected daily demand, by simple exponential smoothing over its daily net units, and what to
 * reorder so that the available stock covers the lead time and the cover period after it.
 *
 * @param history         the daily units the forecast was made from, oldest first (zero days included)
 * @param dailyDemand     the smoothed units per day
 * @param available       units available now, over every warehouse (null when the SKU is not stocked)
 * @param reorderQuantity units to order now (0 when the stock covers the horizon)
 */
public record DemandForecast(String sku, double alpha, List<DailyUnits> history, double dailyDemand,
                             int leadTimeDays, int coverDays, Integer available, long reorderQuantity) {

    public record DailyUnits(LocalDate day, long units) {
    }
}
