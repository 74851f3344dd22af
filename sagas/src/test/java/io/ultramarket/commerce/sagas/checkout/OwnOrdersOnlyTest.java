package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.sagas.parking.SagaSegments;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.modelling.saga.AbstractSagaManager;
import org.axonframework.modelling.saga.repository.inmemory.InMemorySagaStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OwnOrdersOnlyTest {

    private static final List<Segment> FOUR_SEGMENTS = Segment.splitBalanced(Segment.ROOT_SEGMENT, 3);

    @Test
    void anOrdersEventIsTakenOnlyOnTheSegmentItsSagaLivesOn() {
        AbstractSagaManager<CheckoutSaga> manager = configuredManager();
        for (int order = 0; order < 100; order++) {
            UUID orderId = UUID.randomUUID();
            var event = GenericEventMessage.asEventMessage(new OrderDelivered(orderId));

            assertThat(FOUR_SEGMENTS).filteredOn(segment -> manager.canHandle(event, segment))
                    .singleElement()
                    .matches(segment -> SagaSegments.owns(segment, orderId));
        }
    }

    @Test
    void onOneSegmentEveryOrdersEventIsTakenAndAnEventTheSagaDoesNotHandleIsNot() {
        AbstractSagaManager<CheckoutSaga> manager = configuredManager();

        assertThat(manager.canHandle(GenericEventMessage.asEventMessage(new OrderDelivered(UUID.randomUUID())),
                Segment.ROOT_SEGMENT)).isTrue();
        assertThat(manager.canHandle(GenericEventMessage.asEventMessage("not an order's event"), Segment.ROOT_SEGMENT))
                .isFalse();
    }

    /** The manager as the app registers it, on Axon's configuration (its saga store aside). */
    private static AbstractSagaManager<CheckoutSaga> configuredManager() {
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .eventProcessing(processing -> processing
                        .registerSagaStore(configuration -> new InMemorySagaStore())
                        .registerSaga(CheckoutSaga.class, saga -> saga.configureSagaManager(OwnOrdersOnly::manager)))
                .buildConfiguration();
        AbstractSagaManager<CheckoutSaga> manager = axon.eventProcessingConfiguration()
                .sagaConfiguration(CheckoutSaga.class).manager();
        assertThat(manager).isInstanceOf(OwnOrdersOnly.class);
        return manager;
    }
}
