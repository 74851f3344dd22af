package io.ultramarket.commerce.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static io.ultramarket.commerce.load.Report.rate;

/**
 * What checking a bearer token costs per request: each client reads a public route ({@code GET /stock/{sku}})
 * once without a token and once with a valid one (which the app then checks: signature, claims, roles), in
 * turn, so both see the same load. The difference of the two latencies is the check's cost.
 */
final class TokenCheckScenario implements Scenario {

    static final String ANONYMOUS = "anonymous";
    static final String WITH_TOKEN = "with-token";
    private static final String SKU = "TOKEN-CHECK-1";

    @Override
    public List<String> metrics() {
        return List.of(ANONYMOUS, WITH_TOKEN);
    }

    @Override
    public VirtualClient newClient(int index, CommerceApi api, Measurements measurements) {
        return new VirtualClient() {
            private Shopper shopper;

            @Override
            public CompletableFuture<Void> prepare() {
                // 201, or 409 when another client (or an earlier run) registered it: either way it is there.
                return api.registerStock(SKU, "BER-1", 1)
                        .thenCompose(registered -> api.newShopper())
                        .thenAccept(signedIn -> shopper = signedIn);
            }

            @Override
            public CompletableFuture<Void> runOnce() {
                return measurements.timed(ANONYMOUS, () -> api.stockOf(SKU, Optional.empty()))
                        .thenCompose(read -> measurements.timed(WITH_TOKEN, () -> api.stockOf(SKU, Optional.of(shopper.token()))))
                        .thenApply(read -> null);
            }
        };
    }

    /** "with token p50 1.3 ms, p95 2.9 ms; without p50 1.1 ms, p95 2.6 ms; the check adds 0.21 ms at p50". */
    @Override
    public String headline(RunResults results) {
        LatencySummary with = results.latency(WITH_TOKEN);
        LatencySummary without = results.latency(ANONYMOUS);
        return String.format(Locale.ROOT, "%s reads/s; with token p50 %.2f ms, p95 %.2f ms; without p50 %.2f ms,"
                        + " p95 %.2f ms; the check adds %.3f ms at p50",
                rate(results.perSecond(WITH_TOKEN) + results.perSecond(ANONYMOUS)),
                with.p50() / 1e6, with.p95() / 1e6, without.p50() / 1e6, without.p95() / 1e6,
                (with.p50() - without.p50()) / 1e6);
    }
}
