package io.ultramarket.commerce.checkout;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.sagas.checkout.CheckoutSaga;
import io.ultramarket.commerce.sagas.parking.SagaSegments;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.modelling.saga.AbstractSagaManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app's checkout saga takes an order's event only on the segment its saga lives on (ADR 0088): the
 * manager Axon was configured with in the app, not one built by a test.
 */
@ApiIntegrationTest
class CheckoutSagaSegmentsIT {

    private static final List<Segment> FOUR_SEGMENTS = Segment.splitBalanced(Segment.ROOT_SEGMENT, 3);

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void eachOrdersEventsAreTakenOnOneSegmentOnly() {
        AbstractSagaManager<CheckoutSaga> manager = processing.sagaConfiguration(CheckoutSaga.class).manager();
        for (int order = 0; order < 50; order++) {
            UUID orderId = UUID.randomUUID();
            var event = GenericEventMessage.asEventMessage(new OrderDelivered(orderId));

            assertThat(FOUR_SEGMENTS).filteredOn(segment -> manager.canHandle(event, segment))
                    .singleElement()
                    .matches(segment -> SagaSegments.owns(segment, orderId));
        }
    }
}
