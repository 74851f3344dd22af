package io.ultramarket.commerce.projections.poison;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;

/**
 * Makes the sequenced dead-letter queue of a processor, in the one {@code dead_letter_entry} table that
 * operators list and retry from ({@code GET /admin/dead-letters}), whatever the processor writes to:
 * PostgreSQL read models, ClickHouse facts or Kafka records. The queue's rows live in PostgreSQL, in the
 * processor's own transaction, so a parked event and the token that passes it are stored together.
 */
public class DeadLetterQueues {

    private final ConnectionProvider connections;
    private final TransactionManager transactions;
    private final DeadLetterSchema schema;
    private final Serializer serializer;
    private final Serializer eventSerializer;

    public DeadLetterQueues(ConnectionProvider connections, TransactionManager transactions, DeadLetterSchema schema,
                            Serializer serializer, Serializer eventSerializer) {
        this.connections = connections;
        this.transactions = transactions;
        this.schema = schema;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
    }

    public JdbcSequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(processingGroup)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    /**
     * Handlers whose failing event is parked with every later event of its sequence, while other sequences
     * go on; nothing but this invoker parks their events, so each segment remembers what it parked (below). The
     * policy also decides which segment handles an event, so it must be the processor's.
     */
    public DeadLetteringEventHandlerInvoker invoker(String processingGroup, EventMessageHandler handler,
                                                    SequencingPolicy<? super EventMessage<?>> sequencing) {
        return invoker(queue(processingGroup), handler, sequencing, true);
    }

    /**
     * As above; with {@code rememberParked}, each segment remembers the sequences its invoker parked (Axon's sequence
     * identifier cache) and asks the queue only about those, or about every sequence when the queue held letters as
     * it started. Only for a processor whose events are parked by nothing but this invoker: one parked behind its back
     * (a batch writer's {@link Refusal}) would not be remembered, and the later events of its sequence not held back.
     * The letters another instance parks belong to segments this one does not process; a segment taken over starts
     * with nothing remembered.
     */
    public DeadLetteringEventHandlerInvoker invoker(JdbcSequencedDeadLetterQueue<EventMessage<?>> queue,
                                                    EventMessageHandler handler,
                                                    SequencingPolicy<? super EventMessage<?>> sequencing,
                                                    boolean rememberParked) {
        DeadLetteringEventHandlerInvoker.Builder builder = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(handler)
                .sequencingPolicy(sequencing)
                .queue(queue)
                .enqueuePolicy(new ParkingLogged(handler.getTargetType()))
                .transactionManager(transactions);
        return (rememberParked ? builder.enableSequenceIdentifierCache() : builder).build();
    }
}
