package io.ultramarket.commerce.projections.analytics;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The event handler of one analytics generation. Rows collect in the unit of work (Axon's batch), and are
 * written when it prepares to commit, before the token is stored in the same PostgreSQL transaction.
 */
final class FactsHandler implements EventMessageHandler {

    private static final String ROWS = FactsHandler.class.getName() + ".rows";

    private final FactWriter writer;
    private final int batchSize;

    FactsHandler(FactWriter writer, int batchSize) {
        this.writer = writer;
        this.batchSize = batchSize;
    }

    @Override
    public Object handle(EventMessage<?> event) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Batch batch = unitOfWork.getOrComputeResource(ROWS, key -> {
            Batch created = new Batch();
            unitOfWork.onPrepareCommit(done -> writer.writeAndWait(created.rows, created.events >= batchSize));
            return created;
        });
        batch.events++;
        AnalyticsFacts.describe(event, batch.rows);
        return null;
    }

    private static final class Batch {
        final FactRows rows = new FactRows();
        int events;
    }
}
