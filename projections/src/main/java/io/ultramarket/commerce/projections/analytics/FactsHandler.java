package io.ultramarket.commerce.projections.analytics;

import io.ultramarket.commerce.projections.poison.Refusal;
import io.ultramarket.commerce.projections.poison.Writable;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The event handler of one analytics generation. Rows collect in the unit of work (Axon's batch), and are
 * written when it prepares to commit, before the token is stored in the same PostgreSQL transaction. The
 * events ClickHouse refused are parked there too, in the generation's dead-letter queue: the token passes
 * them, and the later events of their aggregates wait behind them (the invoker parks those at once).
 */
final class FactsHandler implements EventMessageHandler {

    private static final String BATCH = FactsHandler.class.getName() + ".batch";

    private final FactWriter writer;
    private final int batchSize;
    private final SequencedDeadLetterQueue<EventMessage<?>> deadLetters;
    private final SequencingPolicy<? super EventMessage<?>> sequencing;

    FactsHandler(FactWriter writer, int batchSize, SequencedDeadLetterQueue<EventMessage<?>> deadLetters,
                 SequencingPolicy<? super EventMessage<?>> sequencing) {
        this.writer = writer;
        this.batchSize = batchSize;
        this.deadLetters = deadLetters;
        this.sequencing = sequencing;
    }

    @Override
    public Object handle(EventMessage<?> event) {
        FactRows rows = new FactRows();
        AnalyticsFacts.describe(event, rows);
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        if (current.resources().containsKey(DeadLetter.class.getName())) {
            // An operator's retry of a parked event runs in a unit of work of its own: written now, alone,
            // so that a failure leaves it parked instead of being found after the letter has left the queue.
            writer.writeNow(rows);
            return null;
        }
        UnitOfWork<?> unitOfWork = current.root();
        Batch batch = unitOfWork.getOrComputeResource(BATCH, key -> {
            Batch created = new Batch();
            unitOfWork.onPrepareCommit(done ->
                    Refusal.park(writer.writeAndWait(created.events, created.count >= batchSize), deadLetters));
            return created;
        });
        batch.count++;
        if (!rows.isEmpty()) {
            Object sequence = Objects.requireNonNullElseGet(sequencing.getSequenceIdentifierFor(event), event::getIdentifier);
            batch.events.add(new Writable<>(event, sequence, rows));
        }
        return null;
    }

    private static final class Batch {
        final List<Writable<FactRows>> events = new ArrayList<>();
        int count;
    }
}
