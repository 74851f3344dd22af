package io.ultramarket.commerce.order;

import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.order.ReviewDecision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Request and answer bodies of the order commands. */
final class OrderRequests {

    private OrderRequests() {
    }

    /** Why the customer cancels; optional. */
    record CancelRequest(@Size(max = 500) String reason) {
    }

    record ReturnRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull ReturnedLine> lines,
                         @NotBlank @Size(max = 500) String reason) {
    }

    record ReviewRequest(@NotNull ReviewDecision decision) {
    }

    record OrderAnswer(UUID orderId) {
    }

    record ReturnAnswer(UUID orderId, UUID returnId) {
    }
}
