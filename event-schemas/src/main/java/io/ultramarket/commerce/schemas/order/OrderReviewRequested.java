package io.ultramarket.commerce.schemas.order;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** The order waits for a person's decision; the fraud screen gave it {@code riskScore} for the reasons listed. */
@Revision("1")
public record OrderReviewRequested(UUID orderId, int riskScore, List<String> reasons) implements OrderEvent {

    public OrderReviewRequested {
        reasons = List.copyOf(reasons);
    }
}
