package io.ultramarket.commerce.sagas.parking;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Which segment of the saga's tracking processor an order's saga lives on (ADR 0070). Every segment reads every
 * event; Axon creates an order's saga on the segment that its association ({@code orderId}) matches, with an
 * identifier that matches the same segment, and hands the saga only the events its own segment reads. Parking
 * must follow it: an event of a parked order is queued, and counted when it fails, by that segment alone, never
 * by one that reads it earlier or later than the saga does.
 */
public final class SagaSegments {

    private final String segmentResource;
    private final Supplier<Optional<TrackingEventProcessor>> processor;

    /**
     * @param processorName the saga's processing group
     * @param processor     the running processor, asked for the segment's mask
     */
    public SagaSegments(String processorName, Supplier<Optional<TrackingEventProcessor>> processor) {
        // The key under which Axon's tracking processor puts the segment of the batch it handles.
        this.segmentResource = "Processor[" + processorName + "]/SegmentId";
        this.processor = processor;
    }

    /**
     * Whether the unit of work is the order's own segment's; one that is not the processor's delivery (a parked
     * order's event handled again) belongs to the order.
     */
    boolean belongsHere(UnitOfWork<?> unitOfWork, UUID orderId) {
        if (!(unitOfWork.resources().get(segmentResource) instanceof Integer segmentId)) {
            return true;
        }
        Segment segment = processor.get()
                .map(running -> running.processingStatus().get(segmentId))
                .map(EventTrackerStatus::getSegment)
                .orElseThrow(() -> new IllegalStateException(
                        "segment " + segmentId + " of the saga's processor handles an event but is not among its segments"));
        return owns(segment, orderId);
    }

    /** Axon's own rule for where a saga that an order starts is created (AbstractSagaManager). */
    public static boolean owns(Segment segment, UUID orderId) {
        return segment.matches(new AssociationValue("orderId", orderId.toString()));
    }
}
