package io.ultramarket.commerce.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.QueryMessage;

import java.util.function.Function;

/**
 * Axon's metrics, less its capacity monitor (ADR 0092). That monitor keeps one entry per message seen, handled or
 * ignored, for ten minutes: every event processor reads every event, and the command bus sees every command (the
 * query bus every query), so at a few hundred messages per second the entries filled a 256 MB heap and the collector
 * ran without pause. Each component keeps its timers, and a timer's total time is the same figure in constant
 * memory: the rate of {@code <component>_allTimer_seconds_sum} is the share of time the component was busy. The
 * timers, counters and latency gauge are Axon's, served by {@link MeteredMessages}, which looks them up once per tag
 * set rather than at every message (ADR 0103).
 */
class BoundedProcessorMetrics extends GlobalMetricRegistry {

    private static final Function<Message<?>, Iterable<Tag>> NO_TAGS = message -> Tags.empty();

    BoundedProcessorMetrics(MeterRegistry meters) {
        super(meters);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName) {
        return registerEventProcessor(eventProcessorName, NO_TAGS, NO_TAGS);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName,
                                                                          Function<Message<?>, Iterable<Tag>> tags,
                                                                          Function<Message<?>, Iterable<Tag>> latencyTags) {
        return MeteredMessages.processedBy(eventProcessorName, getRegistry(), tags, latencyTags);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventBus(String eventBusName) {
        return handlerMonitor(eventBusName, NO_TAGS);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventBus(String eventBusName,
                                                                    Function<Message<?>, Iterable<Tag>> tags) {
        return handlerMonitor(eventBusName, tags);
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String commandBusName) {
        return handlerMonitor(commandBusName, NO_TAGS);
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String commandBusName,
                                                                        Function<Message<?>, Iterable<Tag>> tags) {
        return handlerMonitor(commandBusName, tags);
    }

    @Override
    public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String queryBusName) {
        return handlerMonitor(queryBusName, NO_TAGS);
    }

    @Override
    public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String queryBusName,
                                                                       Function<Message<?>, Iterable<Tag>> tags) {
        return handlerMonitor(queryBusName, tags);
    }

    private MessageMonitor<Message<?>> handlerMonitor(String name, Function<Message<?>, Iterable<Tag>> tags) {
        return MeteredMessages.handledBy(name, getRegistry(), tags);
    }
}
