package io.ultramarket.commerce.query.stockalert;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.time.OffsetDateTime;

import static io.ultramarket.commerce.projections.stockalert.LowStockSchema.*;

/** Reads the low-stock read model (the view {@code low_stock}, see {@code LowStockSchema}) without blocking. */
@Component
public class LowStock {

    private static final String COLUMNS = String.join(", ", SKU, WAREHOUSE, OWN_THRESHOLD, LOW, LOW_THRESHOLD,
            AVAILABLE_WHEN_LOW, LOW_SINCE);
    private static final String OF_SKU = "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE " + SKU + " = :sku ORDER BY "
            + WAREHOUSE;
    private static final String LOW_AFTER = "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE " + LOW + " AND ("
            + SKU + ", " + WAREHOUSE + ") > (:sku, :warehouse) ORDER BY " + SKU + ", " + WAREHOUSE + " LIMIT :limit";

    private final DatabaseClient database;

    LowStock(DatabaseClient database) {
        this.database = database;
    }

    /** Every warehouse's alert state of a SKU, in warehouse order; empty when the SKU is not stocked anywhere. */
    public Flux<LowStockItem> ofSku(String sku) {
        return database.sql(OF_SKU).bind("sku", sku).map(LowStock::item).all();
    }

    /**
     * Up to {@code limit} low stock items after the item ({@code sku}, {@code warehouse}), in SKU and warehouse
     * order: a page of a list that stays in step while items run low and recover. Start with two empty strings.
     */
    public Flux<LowStockItem> lowAfter(String sku, String warehouse, int limit) {
        return database.sql(LOW_AFTER).bind("sku", sku).bind("warehouse", warehouse).bind("limit", limit)
                .map(LowStock::item).all();
    }

    private static LowStockItem item(Readable row) {
        OffsetDateTime since = row.get(LOW_SINCE, OffsetDateTime.class);
        return new LowStockItem(row.get(SKU, String.class), row.get(WAREHOUSE, String.class),
                row.get(OWN_THRESHOLD, Integer.class), Boolean.TRUE.equals(row.get(LOW, Boolean.class)),
                row.get(LOW_THRESHOLD, Integer.class), row.get(AVAILABLE_WHEN_LOW, Integer.class),
                since == null ? null : since.toInstant());
    }
}
