package io.ultramarket.commerce.projections.streaming;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.tracing.SpanFactory;

/**
 * A processor's handler whose every event is a span named after the processor, {@code <processor>.handle(<event>)}
 * (ADR 0060): Axon's own span for the event says only "StreamingEventProcessor.process", the same for every
 * processor, so a trace would not show which read model or publisher did the work. The span is a child of that
 * one, in the event's trace. Everything but the handling itself is the wrapped handler's.
 */
public final class TracedHandler implements EventMessageHandler {

    private final String processor;
    private final EventMessageHandler handler;
    private final SpanFactory spans;

    public TracedHandler(String processor, EventMessageHandler handler, SpanFactory spans) {
        this.processor = processor;
        this.handler = handler;
        this.spans = spans;
    }

    @Override
    public Object handle(EventMessage<?> event) throws Exception {
        // Axon adds the event's name: "orders-g2.handle(OrderConfirmed)".
        return spans.createInternalSpan(() -> processor + ".handle", event).runCallable(() -> handler.handle(event));
    }

    @Override
    public boolean canHandle(EventMessage<?> event) {
        return handler.canHandle(event);
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return handler.canHandleType(payloadType);
    }

    @Override
    public Class<?> getTargetType() {
        return handler.getTargetType();
    }

    @Override
    public void prepareReset() {
        handler.prepareReset();
    }

    @Override
    public <R> void prepareReset(R resetContext) {
        handler.prepareReset(resetContext);
    }

    @Override
    public boolean supportsReset() {
        return handler.supportsReset();
    }
}
