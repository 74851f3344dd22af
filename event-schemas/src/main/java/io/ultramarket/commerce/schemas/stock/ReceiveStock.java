package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.STOCK;

/** Book units that arrived at the warehouse, under the supplier's receipt reference. */
public record ReceiveStock(@TargetAggregateIdentifier StockItemId stockItemId, Quantity quantity,
                           String receiptReference) {

    public ReceiveStock {
        new RequiredDetails(STOCK, "receive stock item", stockItemId)
                .text(receiptReference, "the supplier's receipt reference");
    }
}
