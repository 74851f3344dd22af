package io.ultramarket.commerce.query.stock;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.time.OffsetDateTime;

/** Reads the stock levels read model (the view {@code stock_level}) without blocking. */
@Component
public class StockLevels {

    private final DatabaseClient database;

    StockLevels(DatabaseClient database) {
        this.database = database;
    }

    /** Every warehouse's stock of a SKU, in warehouse order; empty when the SKU is not stocked anywhere. */
    public Flux<StockLevel> ofSku(String sku) {
        return database.sql("SELECT sku, warehouse, on_hand, reserved, version, updated_at FROM stock_level "
                        + "WHERE sku = :sku ORDER BY warehouse")
                .bind("sku", sku)
                .map(row -> {
                    int onHand = row.get("on_hand", Integer.class);
                    int reserved = row.get("reserved", Integer.class);
                    return new StockLevel(row.get("sku", String.class), row.get("warehouse", String.class), onHand,
                            reserved, onHand - reserved, row.get("version", Long.class),
                            row.get("updated_at", OffsetDateTime.class).toInstant());
                })
                .all();
    }
}
