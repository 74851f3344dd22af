package io.ultramarket.commerce.load;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;

/**
 * A client that books stock receipts of one unit, one after another, rotating over its share of the
 * {@link StockCatalog}; each receipt is measured as "receipt" and stores one event. Before timing starts it
 * registers those of its SKUs that the stock-levels read model does not know yet; the others were registered
 * by an earlier run and are used as they are. What follows each receipt (reading it back, say) is up to the
 * scenario.
 * <p>
 * Registering only what is missing, rather than everything and taking 409 already-exists for an answer,
 * matters: a refused registration has already drawn a global index for its event and rolls back, which
 * leaves a gap in the event store. The app's read-your-writes check (and with it the switch of a rebuilt
 * projection generation) does not see past such a gap until Axon forgets it, 10 000 events later; every read
 * would answer stale. See load-tests/README.md.
 */
final class StockReceiver implements VirtualClient {

    static final String RECEIPT = "receipt";
    private static final int UNITS_PER_RECEIPT = 1;

    private final CommerceApi api;
    private final Measurements measurements;
    private final List<String> toRegister;
    private final List<String> skus;
    private final LongConsumer registered;
    private final BiFunction<String, ApiAnswer, CompletableFuture<?>> afterReceipt;
    // Unique per run and client, so that every receipt has a reference of its own.
    private final String referencePrefix = "load-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private long receipts;

    /**
     * @param registered   told how many stock items this client registered anew (each one stored an event)
     * @param afterReceipt what to do after a successful receipt, given its SKU and answer
     */
    StockReceiver(int index, int clients, CommerceApi api, Measurements measurements, LongConsumer registered,
                  BiFunction<String, ApiAnswer, CompletableFuture<?>> afterReceipt) {
        this.api = api;
        this.measurements = measurements;
        this.toRegister = StockCatalog.registeredBy(index, clients);
        this.skus = StockCatalog.bookedBy(index, clients);
        this.registered = registered;
        this.afterReceipt = afterReceipt;
    }

    @Override
    public CompletableFuture<Void> prepare() {
        // One after another: at most 200 SKUs in all, shared by the clients.
        CompletableFuture<Long> created = CompletableFuture.completedFuture(0L);
        for (String sku : toRegister) {
            created = created.thenCompose(count -> registerIfUnknown(sku).thenApply(isNew -> count + (isNew ? 1 : 0)));
        }
        return created.thenAccept(registered::accept);
    }

    @Override
    public CompletableFuture<Void> runOnce() {
        String sku = skus.get((int) (receipts % skus.size()));
        String reference = referencePrefix + receipts++;
        return measurements
                .timed(RECEIPT, () -> api.receiveStock(sku, StockCatalog.WAREHOUSE, UNITS_PER_RECEIPT, reference))
                .thenCompose(receipt -> afterReceipt.apply(sku, receipt))
                .thenRun(() -> { });
    }

    /** Completes with true if the SKU was registered now, false if it existed; fails on anything else. */
    private CompletableFuture<Boolean> registerIfUnknown(String sku) {
        return api.stockOf(sku).thenCompose(known -> {
            if (known.status() != 404) {
                known.requireSuccess();
                return CompletableFuture.completedFuture(false);
            }
            return api.registerStock(sku, StockCatalog.WAREHOUSE, StockCatalog.INITIAL_ON_HAND)
                    .thenApply(StockReceiver::isRegistered);
        });
    }

    /**
     * 201: registered now. 409 already-exists: registered a moment ago, by a run whose events the read model
     * had not applied yet. Anything else stops the run.
     */
    private static boolean isRegistered(ApiAnswer answer) {
        if (answer.isAlreadyExisting()) {
            return false;
        }
        answer.requireSuccess();
        return true;
    }
}
