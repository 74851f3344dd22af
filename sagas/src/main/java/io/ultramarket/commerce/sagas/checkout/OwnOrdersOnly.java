package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.sagas.parking.OrderSequencing;
import io.ultramarket.commerce.sagas.parking.SagaSegments;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.modelling.saga.AnnotatedSagaManager;
import org.axonframework.modelling.saga.SagaManagerSpanFactory;

import java.util.Objects;

/**
 * The checkout saga's manager, which takes on each segment of its processor only the events of the orders whose saga
 * lives on that segment (ADR 0088). Axon's saga manager accepts every event of a type the saga handles on every
 * segment, and leaves the choice of saga to the handling. So with four segments, three handled each event in a
 * transaction of their own that did nothing but store their token: a durable commit per event and segment, 14 per
 * order. Here those three skip the event as any processor skips what it does not handle, and store their position
 * with the next event they do handle, or after Axon's availability timeout.
 *
 * <p>An order's saga lives where Axon created it, on the segment its {@code orderId} association matches
 * ({@link SagaSegments#owns}); an event that names no order is offered to every segment, as before.
 */
final class OwnOrdersOnly extends AnnotatedSagaManager<CheckoutSaga> {

    private OwnOrdersOnly(Builder<CheckoutSaga> builder) {
        super(builder);
    }

    /** Built as Axon builds a saga's manager by default, on the saga's own repository and error handler. */
    static OwnOrdersOnly manager(Configuration axon) {
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
        return new OwnOrdersOnly(AnnotatedSagaManager.<CheckoutSaga>builder()
                .sagaType(CheckoutSaga.class)
                .sagaRepository(Objects.requireNonNull(processing.sagaConfiguration(CheckoutSaga.class),
                        "the checkout saga is not registered").repository())
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(CheckoutSaga.class))
                .listenerInvocationErrorHandler(processing.listenerInvocationErrorHandler(CheckoutSaga.PROCESSING_GROUP))
                .spanFactory(axon.getComponent(SagaManagerSpanFactory.class)));
    }

    @Override
    public boolean canHandle(EventMessage<?> event, Segment segment) {
        return super.canHandle(event, segment) && OrderSequencing.orderOf(event.getPayload())
                .map(order -> SagaSegments.owns(segment, order))
                .orElse(true);
    }
}
