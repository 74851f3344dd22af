package io.ultramarket.commerce.load;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static io.ultramarket.commerce.load.Report.millis;
import static io.ultramarket.commerce.load.Report.rate;

/**
 * Each client shops over and over: open a cart, add three items, check out. Every request is measured as
 * "request", and the whole flow, from opening the cart to the checkout's answer, as "checkout-flow".
 */
final class CheckoutScenario implements Scenario {

    static final String REQUEST = "request";
    static final String FLOW = "checkout-flow";
    private static final int ITEMS_PER_CART = 3;

    @Override
    public List<String> metrics() {
        return List.of(REQUEST, FLOW);
    }

    /** Carts are priced from the catalog: the SKUs must be on sale. */
    @Override
    public CompletableFuture<Void> prepareShop(CommerceApi api) {
        return api.putCatalogOnSale();
    }

    @Override
    public VirtualClient newClient(int index, CommerceApi api, Measurements measurements) {
        // Clients start at different SKUs so that carts differ, as real ones would.
        return new CheckingOutClient(api, measurements, index * ITEMS_PER_CART);
    }

    @Override
    public String headline(RunResults results) {
        LatencySummary requests = results.latency(REQUEST);
        LatencySummary flows = results.latency(FLOW);
        return rate(results.perSecond(FLOW)) + " checkouts/s, request p50 " + millis(requests.p50()) + ", p95 "
                + millis(requests.p95()) + ", flow p50 " + millis(flows.p50()) + ", p95 " + millis(flows.p95());
    }

    private static final class CheckingOutClient implements VirtualClient {

        private final CommerceApi api;
        private final Measurements measurements;
        private int nextSku;

        CheckingOutClient(CommerceApi api, Measurements measurements, int firstSku) {
            this.api = api;
            this.measurements = measurements;
            this.nextSku = firstSku;
        }

        @Override
        public CompletableFuture<Void> prepare() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> runOnce() {
            // Each flow is a new customer (as in a shop, and so that the fraud screen's velocity rules stay
            // quiet); signing in is not part of the flow's time.
            return api.newShopper().thenCompose(shopper -> {
                long flowStartedAt = System.nanoTime();
                return measurements.timed(REQUEST, () -> api.createCart(shopper))
                        .thenCompose(created -> fillAndCheckOut(shopper, created.field("cartId")))
                        .thenRun(() -> measurements.recordSpan(FLOW, flowStartedAt));
            });
        }

        private CompletableFuture<ApiAnswer> fillAndCheckOut(Shopper shopper, String cartId) {
            // One request after another, as a shopper clicks: the three adds go to the same cart.
            CompletableFuture<ApiAnswer> steps = CompletableFuture.completedFuture(null);
            for (int item = 0; item < ITEMS_PER_CART; item++) {
                String sku = Catalog.sku(nextSku++);
                steps = steps.thenCompose(previous ->
                        measurements.timed(REQUEST, () -> api.addItem(shopper, cartId, sku, 1, Optional.empty())));
            }
            return steps.thenCompose(added -> measurements.timed(REQUEST, () -> api.checkout(shopper, cartId)));
        }
    }
}
