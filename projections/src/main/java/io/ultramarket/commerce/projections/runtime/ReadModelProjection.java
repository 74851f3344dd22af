package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.util.List;

/**
 * A read model fed from the event store. It names its tables; the runtime gives each generation tables of
 * its own ({@link Generation#table}) and keeps a view under each plain name pointing at the active
 * generation, which is what queries read.
 */
public interface ReadModelProjection {

    /** Stable name, used in admin URLs and processor names, e.g. {@code orders}. */
    String name();

    /** Plain table names; each becomes a view over the active generation's table. */
    List<String> tables();

    /** DDL that creates this generation's tables and their indexes. */
    List<String> schema(Generation generation);

    /**
     * Idempotent DDL that brings a generation made by an earlier version of the app to today's {@link #schema}
     * (a column added since: {@code ADD COLUMN IF NOT EXISTS}), so that today's writer can go on writing it
     * without a replay. Run before each start of the generation's processor. The views over the active
     * generation keep the columns they were made with until the next switch: a new column is for the writer.
     */
    default List<String> upgrades(Generation generation) {
        return List.of();
    }

    /**
     * An object with {@code @EventHandler} methods that writes into this generation's tables with JDBC. It
     * runs inside the processor's transaction, together with the token: each event is applied once.
     */
    Object eventHandler(Generation generation);

    /**
     * Segments of this projection's processor; 0 takes {@code commerce.projections.segments}. A projection
     * whose rows join events of different aggregates (a product's availability from its SKUs' stock) says 1:
     * its events then apply in the order of the event store, and no two transactions race on a shared row.
     */
    default int segments() {
        return 0;
    }

    /**
     * When the processor wakes up for new events: at once, unless no request ever waits for this read model right
     * after a write (no read-your-writes read, no step of a flow), ADR 0111.
     */
    default StreamingProcessor.Wakes wakes() {
        return StreamingProcessor.Wakes.AT_ONCE;
    }

    /**
     * What a poison event holds back: the later events with the same sequence identifier are parked behind
     * it. By aggregate unless a projection's rows join several aggregates (a product's search document and
     * its SKUs' stock), where the sequence must be the row's. It also splits events among the segments.
     */
    default SequencingPolicy<? super EventMessage<?>> sequencingPolicy(Generation generation) {
        return SequentialPerAggregatePolicy.instance();
    }
}
