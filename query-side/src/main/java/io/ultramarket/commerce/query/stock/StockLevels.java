package io.ultramarket.commerce.query.stock;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.time.OffsetDateTime;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.ON_HAND;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.RESERVED;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.SKU;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.TABLE;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.WAREHOUSE;

/** Reads the stock levels read model (the view {@code stock_level}, see {@code StockLevelsSchema}) without blocking. */
@Component
public class StockLevels {

    private static final String OF_SKU = "SELECT " + String.join(", ", SKU, WAREHOUSE, ON_HAND, RESERVED, VERSION, UPDATED_AT)
            + " FROM " + TABLE + " WHERE " + SKU + " = :sku ORDER BY " + WAREHOUSE;

    private final DatabaseClient database;

    StockLevels(DatabaseClient database) {
        this.database = database;
    }

    /** Every warehouse's stock of a SKU, in warehouse order; empty when the SKU is not stocked anywhere. */
    public Flux<StockLevel> ofSku(String sku) {
        return database.sql(OF_SKU)
                .bind("sku", sku)
                .map(row -> {
                    int onHand = row.get(ON_HAND, Integer.class);
                    int reserved = row.get(RESERVED, Integer.class);
                    return new StockLevel(row.get(SKU, String.class), row.get(WAREHOUSE, String.class), onHand,
                            reserved, onHand - reserved, row.get(VERSION, Long.class),
                            row.get(UPDATED_AT, OffsetDateTime.class).toInstant());
                })
                .all();
    }
}
