package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.ORDER;

/**
 * Record that the customer sent back some or all units of a delivered order, saying why. {@code returnId}
 * names this return, so a repeated request is recorded (and refunded) once.
 */
public record ReturnOrder(@TargetAggregateIdentifier UUID orderId, UUID returnId, List<ReturnedLine> lines,
                          String reason) {

    public ReturnOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
        new RequiredDetails(ORDER, "return order", orderId)
                .present(returnId, "an id for the return")
                .text(reason, "the reason for the return")
                .holds(!lines.isEmpty(), "the lines sent back");
    }
}
