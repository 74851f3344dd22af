package io.ultramarket.commerce.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event store, token store, saga store and dead-letter queue on PostgreSQL, on the tables and columns the
 * Flyway migrations create (snake_case, so that the tables read naturally in psql and need no quoting). Axon's
 * auto-configuration builds the engines, but for the event store's: that one is Axon's, built as its
 * auto-configuration builds it, with timestamps read once ({@link ReadOnceTimestampsEngine}, ADR 0108).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    static final String EVENT_TABLE = "domain_event_entry";

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(EVENT_TABLE)
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * PostgreSQL reports a duplicate (aggregate, sequence) as SQL state 23505 with vendor code 0, which
     * Axon's default error-code resolver misses. Recognising it turns a lost update into Axon's
     * ConcurrencyException (409) and a second creation into AggregateStreamCreationException.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /** Axon's own bean method (JdbcAutoConfiguration) backs off from this one. */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration axon,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          EventSchema eventSchema, AppendedPositions appendedPositions) {
        return ReadOnceTimestampsEngine.build(axonsEngineSettings(defaultSerializer, eventSerializer,
                persistenceExceptionResolver, axon, connectionProvider, transactionManager, eventSchema),
                appendedPositions);
    }

    /** Shared by the engine, which records what a command appended, and {@link EventStorePositions} (ADR 0113). */
    @Bean
    AppendedPositions appendedPositions() {
        return new AppendedPositions();
    }

    /** Axon's JDBC engine builder with the settings Axon's auto-configuration gives its own engine. */
    static JdbcEventStorageEngine.Builder axonsEngineSettings(Serializer snapshotSerializer, Serializer eventSerializer,
                                                              PersistenceExceptionResolver persistenceExceptionResolver,
                                                              org.axonframework.config.Configuration axon,
                                                              ConnectionProvider connectionProvider,
                                                              TransactionManager transactionManager, EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema);
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .sagaIdColumn("saga_id")
                .revisionColumn("revision")
                .sagaTypeColumn("saga_type")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }
}
