package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.STOCK;

/** Give an order's held units back to the available stock (the order was cancelled or failed). */
public record ReleaseStockReservation(@TargetAggregateIdentifier StockItemId stockItemId, UUID orderId,
                                      String reason) {

    public ReleaseStockReservation {
        new RequiredDetails(STOCK, "release a reservation on stock item", stockItemId)
                .text(reason, "the reason for the release");
    }
}
