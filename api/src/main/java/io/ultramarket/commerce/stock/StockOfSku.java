package io.ultramarket.commerce.stock;

import io.ultramarket.commerce.query.stock.StockLevel;

import java.util.List;

/** The answer of {@code GET /stock/{sku}}: each warehouse's levels and the totals over all of them. */
record StockOfSku(String sku, int onHand, int reserved, int available, List<StockLevel> warehouses) {

    static final String PROJECTION = "stock-levels";

    static StockOfSku of(String sku, List<StockLevel> levels) {
        return new StockOfSku(sku,
                levels.stream().mapToInt(StockLevel::onHand).sum(),
                levels.stream().mapToInt(StockLevel::reserved).sum(),
                levels.stream().mapToInt(StockLevel::available).sum(),
                levels);
    }
}
