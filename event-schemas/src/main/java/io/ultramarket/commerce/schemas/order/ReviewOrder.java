package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.ORDER;

/** A reviewer approves (payment goes ahead) or rejects an order held for review. */
public record ReviewOrder(@TargetAggregateIdentifier UUID orderId, ReviewDecision decision) {

    public ReviewOrder {
        new RequiredDetails(ORDER, "review order", orderId).present(decision, "a decision (approve or reject)");
    }
}
