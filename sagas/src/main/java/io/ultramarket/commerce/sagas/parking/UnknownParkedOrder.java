package io.ultramarket.commerce.sagas.parking;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

import java.util.UUID;

/** No order is parked under this id (answered 404, like an unknown dead letter). */
public class UnknownParkedOrder extends RuntimeException implements DescribedProblem.NotFound {

    UnknownParkedOrder(UUID orderId) {
        super("no parked order " + orderId);
    }
}
