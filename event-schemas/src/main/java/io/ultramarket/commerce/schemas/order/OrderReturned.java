package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * The customer sent units of the delivered order back, for the reason given. {@code refund} is what they
 * are worth at the prices agreed; {@code complete} is true once every unit of the order has come back (the
 * order is then RETURNED; before that it stays DELIVERED). {@code tax} is the part of the refund that is tax: each
 * line's tax shared out by the units sent back (ADR 0065). Revision 2 had no {@code tax}: it reads as null, not known.
 */
@Revision("3")
public record OrderReturned(UUID orderId, UUID returnId, List<ReturnedLine> lines, Money refund, String reason,
                            boolean complete, Money tax) implements OrderEvent {

    public OrderReturned {
        // Revision 1 had no lines (a return was always the whole order).
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
