package io.ultramarket.commerce.query.stockalert;

import java.time.Instant;

/**
 * A stock item's low-stock alert as the read model holds it.
 *
 * @param ownThreshold     its own threshold; null when the shop's default (if any) applies
 * @param low              whether its last crossing said low
 * @param lowThreshold     the threshold it was found low by; null while it is not low
 * @param availableWhenLow what was available when it ran low; null while it is not low
 * @param lowSince         when it ran low; null while it is not low
 */
public record LowStockItem(String sku, String warehouse, Integer ownThreshold, boolean low, Integer lowThreshold,
                           Integer availableWhenLow, Instant lowSince) {
}
