package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.stock.StockItemId;

import java.util.UUID;

/** Only held units can be shipped; this order holds none here. */
public class StockReservationNotFound extends DomainRuleViolation {

    public StockReservationNotFound(StockItemId stockItemId, UUID orderId) {
        super("Order " + orderId + " holds no reservation on stock item " + stockItemId
                + "; reserve the stock before committing it for shipment.");
    }
}
