package io.ultramarket.commerce.projections.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.projections.poison.DeadLetterProcessors;
import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.poison.OneByOne;
import io.ultramarket.commerce.projections.poison.Refusal;
import io.ultramarket.commerce.projections.poison.TransientRetry;
import io.ultramarket.commerce.projections.poison.Writable;
import io.ultramarket.commerce.projections.runtime.ProcessingPhases;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.kafka.sender.KafkaSender;
import reactor.kafka.sender.SenderOptions;
import reactor.kafka.sender.SenderRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Publishes every domain event to Kafka from a streaming processor ({@code integration-events}) whose token
 * is in PostgreSQL. A unit of work's records are sent together when it prepares to commit, and it waits
 * for every acknowledgement (acks=all, idempotent producer): the token moves only past events the broker
 * has. A transient failure (the broker away, see {@code TransientFailures}) is tried again with pauses, then
 * rolls the unit of work back, so the batch is sent again later; consumers recognise the repeats by the
 * {@code event-id} header. Topics are created with their partitions before their first record
 * ({@link IntegrationTopics}). A batch goes out in waves, an aggregate's next record only once its previous one
 * is acknowledged ({@link AggregateWaves}). A record the broker or the producer refuses (too large, say) makes the
 * batch go out record by record: only that event is parked, by aggregate, in the processor's dead-letter queue,
 * and its aggregate's later events wait behind it, unsent (ADR 0041, 0083).
 */
public class IntegrationEventPublisher implements EventMessageHandler, SmartLifecycle, DeadLetterProcessors {

    public static final String PROCESSOR = "integration-events";

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventPublisher.class);
    private static final String RECORDS = IntegrationEventPublisher.class.getName() + ".records";

    private final IntegrationRecords records;
    private final IntegrationEventsProperties properties;
    private final StreamingProcessor.Infrastructure axon;
    private final SenderOptions<String, byte[]> senderOptions;
    private final JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetters;
    private final DeadLetteringEventHandlerInvoker invoker;
    private final TransientRetry retry;
    private final OneByOne oneByOne;
    private final String bootstrapServers;
    private volatile KafkaSender<String, byte[]> sender;
    private volatile IntegrationTopics topics;
    private volatile StreamingProcessor processor;

    public IntegrationEventPublisher(String bootstrapServers, ObjectMapper json, IntegrationEventsProperties properties,
                                     StreamingProcessor.Infrastructure axon, DeadLetterQueues deadLetterQueues,
                                     TransientRetry retry) {
        this.bootstrapServers = bootstrapServers;
        this.records = new IntegrationRecords(json, properties.topicPrefix());
        this.deadLetters = deadLetterQueues.queue(PROCESSOR);
        // By aggregate: the record's key, whose order consumers rely on.
        this.invoker = deadLetterQueues.invoker(deadLetters, axon.traced(PROCESSOR, this), SequentialPerAggregatePolicy.instance(),
                false); // refused records are parked by the batch itself (Refusal)
        this.retry = retry;
        this.oneByOne = new OneByOne(retry);
        this.properties = properties;
        this.axon = axon;
        int timeout = (int) properties.sendTimeout().toMillis();
        this.senderOptions = SenderOptions.<String, byte[]>create(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.CLIENT_ID_CONFIG, "commerce-" + PROCESSOR,
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                        ProducerConfig.LINGER_MS_CONFIG, 5,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 10_000),
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout + 5 + Math.min(timeout, 10_000)))
                .withKeySerializer(new StringSerializer())
                .withValueSerializer(new ByteArraySerializer())
                .stopOnError(true)
                // A replaced producer must deliver nothing more: left to flush (the default waits without end),
                // it wrote an aggregate's later event after an earlier one of its batch had expired, ahead of
                // the re-sent batch. Nothing is lost by aborting: an unacknowledged batch is sent again.
                .closeTimeout(Duration.ZERO);
    }

    @Override
    public Object handle(EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domainEvent)) {
            return null; // every event of this shop comes from an aggregate; others have no topic
        }
        ProducerRecord<String, byte[]> record = records.recordOf(domainEvent);
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        if (current.resources().containsKey(DeadLetter.class.getName())) {
            // An operator's retry of a parked event runs in a unit of work of its own: sent now, alone, so
            // that a failure leaves it parked instead of being found after the letter has left the queue.
            sendAndWait(List.of(record));
            return null;
        }
        UnitOfWork<?> unitOfWork = current.root();
        List<Writable<ProducerRecord<String, byte[]>>> batch = unitOfWork.getOrComputeResource(RECORDS, key -> {
            List<Writable<ProducerRecord<String, byte[]>>> created = new ArrayList<>();
            unitOfWork.onPrepareCommit(done -> Refusal.park(publish(created), deadLetters));
            return created;
        });
        batch.add(new Writable<>(event, domainEvent.getAggregateIdentifier(), record));
        return null;
    }

    /** Sends the batch, record by record if the broker refuses it; answers the refused events, to be parked. */
    private List<Refusal> publish(List<Writable<ProducerRecord<String, byte[]>>> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try {
            return oneByOne.writeAll(batch, this::sendInWaves, record -> send(List.of(record)));
        } catch (Exception failure) {
            log.warn("Publishing {} integration events failed ({}); the batch will be sent again", batch.size(), failure.toString());
            throw failure instanceof IntegrationEventNotPublished notPublished ? notPublished : new IntegrationEventNotPublished(failure);
        }
    }

    private void sendAndWait(List<ProducerRecord<String, byte[]>> batch) {
        try {
            retry.call(() -> {
                send(batch);
                return null;
            });
        } catch (Exception failure) {
            throw failure instanceof IntegrationEventNotPublished notPublished ? notPublished : new IntegrationEventNotPublished(failure);
        }
    }

    /** No record before its aggregate's earlier ones are acknowledged ({@link AggregateWaves}). */
    private void sendInWaves(List<ProducerRecord<String, byte[]>> batch) {
        for (List<ProducerRecord<String, byte[]>> wave : AggregateWaves.of(batch)) {
            send(wave);
        }
    }

    private void send(List<ProducerRecord<String, byte[]>> batch) {
        topics.ensure(batch.stream().map(ProducerRecord::topic).toList());
        try {
            sender.send(Flux.fromIterable(batch).map(record -> SenderRecord.create(record, null)))
                    .doOnNext(result -> {
                        if (result.exception() != null) {
                            throw new IntegrationEventNotPublished(result.exception());
                        }
                    })
                    .blockLast(properties.sendTimeout().plusSeconds(5));
        } catch (RuntimeException failure) {
            // A producer that timed out may hold records it will never deliver in order: start afresh.
            replaceSender();
            throw failure;
        }
    }

    @Override
    public Optional<SequencedDeadLetterProcessor<EventMessage<?>>> deadLettersOf(String processorName) {
        return PROCESSOR.equals(processorName) && processor != null ? Optional.of(invoker) : Optional.empty();
    }

    private synchronized void replaceSender() {
        KafkaSender<String, byte[]> old = sender;
        sender = KafkaSender.create(senderOptions);
        if (old != null) {
            old.close();
        }
    }

    /**
     * The global position below which this instance has published every event of the segments it holds,
     * or empty while it holds none (another instance may, or it has not started).
     */
    public OptionalLong publishedUpTo() {
        StreamingProcessor running = processor;
        if (running == null || running.processor().processingStatus().isEmpty()) {
            return OptionalLong.empty();
        }
        return running.processor().processingStatus().values().stream()
                .mapToLong(status -> status.getTrackingToken() == null ? -1 : status.getTrackingToken().position().orElse(-1))
                .min();
    }

    @Override
    public synchronized void start() {
        topics = new IntegrationTopics(bootstrapServers, properties);
        sender = KafkaSender.create(senderOptions);
        // Late: consumers of the topics read them asynchronously; nobody waits for a record in a request.
        processor = StreamingProcessor.start(PROCESSOR, invoker, properties.segments(), properties.batchSize(), axon,
                StreamingProcessor.Wakes.LATE);
    }

    @Override
    public synchronized void stop() {
        if (processor != null) {
            processor.stop();
            processor = null;
        }
        if (sender != null) {
            sender.close();
        }
        if (topics != null) {
            topics.close();
        }
    }

    @Override
    public boolean isRunning() {
        return processor != null;
    }

    /** After Axon's own components (the event store, the token store) have started; stopped after the web server. */
    @Override
    public int getPhase() {
        return ProcessingPhases.PROCESSORS;
    }
}
