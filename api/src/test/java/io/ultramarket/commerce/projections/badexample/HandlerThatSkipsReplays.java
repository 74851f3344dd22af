package io.ultramarket.commerce.projections.badexample;

import io.ultramarket.commerce.schemas.stock.StockReceived;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;

/** Breaks "no handler waits for Axon's replays": it counts on a first pass being marked as a replay. */
public class HandlerThatSkipsReplays {

    private int receipts;

    @EventHandler
    @DisallowReplay
    public void on(StockReceived event) {
        receipts++;
    }
}
