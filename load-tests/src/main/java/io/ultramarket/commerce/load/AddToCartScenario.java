package io.ultramarket.commerce.load;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static io.ultramarket.commerce.load.Report.millis;
import static io.ultramarket.commerce.load.Report.rate;

/**
 * Each client owns one cart and adds one unit after another to it, rotating over the catalog. A full cart is
 * replaced by a new one; opening it is measured as "new-cart", apart from the add-item figures.
 */
final class AddToCartScenario implements Scenario {

    static final String ADD_ITEM = "add-item";
    static final String NEW_CART = "new-cart";
    private static final int UNITS_PER_ADD = 1;

    @Override
    public List<String> metrics() {
        return List.of(ADD_ITEM, NEW_CART);
    }

    /** Carts are priced from the catalog: the SKUs must be on sale. */
    @Override
    public CompletableFuture<Void> prepareShop(CommerceApi api) {
        return api.putCatalogOnSale();
    }

    @Override
    public VirtualClient newClient(int index, CommerceApi api, Measurements measurements) {
        return new CartFiller(api, measurements);
    }

    @Override
    public String headline(RunResults results) {
        LatencySummary adds = results.latency(ADD_ITEM);
        return rate(results.perSecond(ADD_ITEM)) + " commands/s, p50 " + millis(adds.p50()) + ", p95 "
                + millis(adds.p95()) + ", p99 " + millis(adds.p99());
    }

    private static final class CartFiller implements VirtualClient {

        private final CommerceApi api;
        private final Measurements measurements;
        private final CartFill fill = new CartFill();
        private String cartId;
        private Shopper shopper;

        CartFiller(CommerceApi api, Measurements measurements) {
            this.api = api;
            this.measurements = measurements;
        }

        @Override
        public CompletableFuture<Void> prepare() {
            return api.newShopper()
                    .thenCompose(signedIn -> {
                        shopper = signedIn;
                        return api.createCart(shopper);
                    })
                    .thenAccept(answer -> useCart(answer.requireSuccess()));
        }

        @Override
        public CompletableFuture<Void> runOnce() {
            if (!fill.hasRoomFor(UNITS_PER_ADD)) {
                return measurements.timed(NEW_CART, () -> api.createCart(shopper)).thenAccept(this::useCart);
            }
            String sku = fill.nextSku();
            return measurements.timed(ADD_ITEM, () -> api.addItem(shopper, cartId, sku, UNITS_PER_ADD, Optional.empty()))
                    .thenAccept(added -> fill.added(UNITS_PER_ADD))
                    .whenComplete((ignored, failure) -> {
                        if (isLimitRefusal(failure)) {
                            fill.refusedByApp();
                        }
                    });
        }

        private void useCart(ApiAnswer created) {
            cartId = created.field("cartId");
            fill.emptied();
        }

        /** A 422 cart-quantity-limit-exceeded or cart-line-limit-reached: this cart is full, whatever we counted. */
        private static boolean isLimitRefusal(Throwable failure) {
            return failure != null && Outcomes.unwrap(failure) instanceof RequestFailed refused
                    && refused.answer().status() == 422 && refused.answer().problemType().contains("limit");
        }
    }
}
