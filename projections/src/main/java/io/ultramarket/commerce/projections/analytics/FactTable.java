package io.ultramarket.commerce.projections.analytics;

import java.util.List;

/**
 * One ClickHouse fact table: its columns and how a generation's copy is created. Every row carries the id
 * of the event it came from inside the sorting key, and the engine is a ReplacingMergeTree: a row written
 * twice (a retried batch) has the same key, so merges keep one, and queries read with {@code FINAL}.
 */
enum FactTable {

    ORDER_LINE("order_line", "(day, sku, event_id, line_no)",
            "event_id String", "line_no UInt16", "order_id String", "customer_id String", "sku String",
            "quantity Int32", "unit_price Decimal(18, 4)", "line_total Decimal(18, 4)", "currency String",
            "occurred_at DateTime", "day Date", "position UInt64"),
    ORDER_EVENT("order_event", "(day, type, event_id)",
            "event_id String", "order_id String", "type String", "amount Decimal(18, 4)", "currency String",
            "occurred_at DateTime", "day Date", "position UInt64"),
    // The units each return sent back, per SKU: sales subtract them from the order's lines.
    ORDER_RETURN_LINE("order_return_line", "(day, order_id, event_id, line_no)",
            "event_id String", "line_no UInt16", "order_id String", "return_id String", "sku String", "quantity Int32",
            "occurred_at DateTime", "day Date", "position UInt64"),
    PAYMENT_EVENT("payment_event", "(day, type, event_id)",
            "event_id String", "payment_id String", "order_id String", "type String", "amount Decimal(18, 4)",
            "currency String", "occurred_at DateTime", "day Date", "position UInt64"),
    CART_EVENT("cart_event", "(day, type, event_id)",
            "event_id String", "cart_id String", "type String", "sku String", "quantity Int32", "order_id String",
            "occurred_at DateTime", "day Date", "position UInt64"),
    STOCK_MOVEMENT("stock_movement", "(day, sku, event_id)",
            "event_id String", "sku String", "warehouse String", "type String", "quantity Int32",
            "on_hand_change Int32", "occurred_at DateTime", "day Date", "position UInt64"),
    // The catalog, as far as analysts need it: which product a SKU belongs to, and each product's category
    // over time (the newest by position is the current one).
    PRODUCT_VARIANT("product_variant", "(day, sku, event_id)",
            "event_id String", "product_id String", "sku String", "occurred_at DateTime", "day Date", "position UInt64"),
    PRODUCT_CATEGORY("product_category", "(day, product_id, event_id)",
            "event_id String", "product_id String", "category String", "occurred_at DateTime", "day Date", "position UInt64");

    private final String name;
    private final String sortingKey;
    private final List<String> columns;

    FactTable(String name, String sortingKey, String... columns) {
        this.name = name;
        this.sortingKey = sortingKey;
        this.columns = List.of(columns);
    }

    String physicalName(int generation) {
        return name + "_g" + generation;
    }

    int columnCount() {
        return columns.size();
    }

    /** Partitioned by month: a repeated row lands in the same partition as the first, where merges see both. */
    String createStatement(int generation) {
        return "CREATE TABLE IF NOT EXISTS " + physicalName(generation) + " (" + String.join(", ", columns) + ") "
                + "ENGINE = ReplacingMergeTree() PARTITION BY toYYYYMM(day) ORDER BY " + sortingKey;
    }

    String insertStatement(int generation) {
        String names = String.join(", ", columns.stream().map(column -> column.substring(0, column.indexOf(' '))).toList());
        String marks = String.join(", ", columns.stream().map(column -> "?").toList());
        return "INSERT INTO " + physicalName(generation) + " (" + names + ") VALUES (" + marks + ")";
    }

    String dropStatement(int generation) {
        return "DROP TABLE IF EXISTS " + physicalName(generation);
    }
}
