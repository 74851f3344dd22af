package io.ultramarket.commerce.load;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.ultramarket.commerce.load.Report.millis;
import static io.ultramarket.commerce.load.Report.rate;

/**
 * Each client sends one add-item with an Idempotency-Key before timing starts, then repeats exactly that
 * request. Every repeat must be answered as the first one was, with the same Commerce-Position: a new
 * position would mean the repeat took effect again, which is counted as an error.
 */
final class IdempotentReplayScenario implements Scenario {

    static final String REPLAY = "replay";

    @Override
    public List<String> metrics() {
        return List.of(REPLAY);
    }

    /** Carts are priced from the catalog: the SKUs must be on sale. */
    @Override
    public CompletableFuture<Void> prepareShop(CommerceApi api) {
        return api.putCatalogOnSale();
    }

    @Override
    public VirtualClient newClient(int index, CommerceApi api, Measurements measurements) {
        return new Replayer(api, measurements, Catalog.sku(index));
    }

    @Override
    public String headline(RunResults results) {
        LatencySummary replays = results.latency(REPLAY);
        return rate(results.perSecond(REPLAY)) + " replays/s, p50 " + millis(replays.p50()) + ", p95 "
                + millis(replays.p95()) + ", p99 " + millis(replays.p99());
    }

    private static final class Replayer implements VirtualClient {

        private final CommerceApi api;
        private final Measurements measurements;
        private final String sku;
        private final Optional<String> idempotencyKey = Optional.of("load-replay-" + UUID.randomUUID());
        private String cartId;
        private OptionalLong firstPosition;
        private Shopper shopper;

        Replayer(CommerceApi api, Measurements measurements, String sku) {
            this.api = api;
            this.measurements = measurements;
            this.sku = sku;
        }

        @Override
        public CompletableFuture<Void> prepare() {
            return api.newShopper()
                    .thenCompose(signedIn -> {
                        shopper = signedIn;
                        return api.createCart(shopper);
                    })
                    .thenCompose(created -> {
                        cartId = created.requireSuccess().field("cartId");
                        return addTheItem();
                    })
                    .thenAccept(first -> firstPosition = first.requireSuccess().position());
        }

        @Override
        public CompletableFuture<Void> runOnce() {
            return measurements.timed(REPLAY, this::addTheItem).thenAccept(replay -> {
                if (!replay.position().equals(firstPosition)) {
                    measurements.countFailure("replay took effect again (new Commerce-Position)");
                }
            });
        }

        private CompletableFuture<ApiAnswer> addTheItem() {
            return api.addItem(shopper, cartId, sku, 1, idempotencyKey);
        }
    }
}
