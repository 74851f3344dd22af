package io.ultramarket.commerce.outbox;

import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.BooleanSupplier;

/**
 * How an outbox's sender works through its due rows: one row per transaction (the row stays locked while it is
 * sent and its outcome is written in the same transaction), until none is due or a batch is done.
 */
public record DueRows(TransactionTemplate transactions, int batchSize) {

    /**
     * Calls {@code takeOne} in a transaction of its own until it answers false (nothing was due) or a batch was
     * taken; answers how many rows were taken.
     */
    public int takeEach(BooleanSupplier takeOne) {
        int taken = 0;
        while (taken < batchSize && Boolean.TRUE.equals(transactions.execute(status -> takeOne.getAsBoolean()))) {
            taken++;
        }
        return taken;
    }
}
