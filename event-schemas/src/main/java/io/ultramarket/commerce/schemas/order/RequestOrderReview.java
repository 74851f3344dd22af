package io.ultramarket.commerce.schemas.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Hold a placed order for a person's review: the fraud screen scored it too risky to take payment. */
public record RequestOrderReview(@TargetAggregateIdentifier UUID orderId, int riskScore, List<String> reasons) {

    public RequestOrderReview {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
