package io.ultramarket.commerce.load;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The scenarios selectable with --scenario, by the name used on the command line and in the report. */
enum ScenarioKind {

    ADD_TO_CART("add-to-cart", arguments -> new TimedBenchmark(new AddToCartScenario())),
    CHECKOUT("checkout", arguments -> new TimedBenchmark(new CheckoutScenario())),
    IDEMPOTENT_REPLAY("idempotent-replay", arguments -> new TimedBenchmark(new IdempotentReplayScenario())),
    READ_LAG("read-lag", arguments -> new TimedBenchmark(new ReadLagScenario(arguments.clients(), arguments.readUrl()))),
    REPLAY("replay", arguments -> new ReplayBenchmark()),
    ANALYTICS("analytics", arguments -> new AnalyticsBenchmark()),
    SEARCH("search", arguments -> new SearchBenchmark()),
    TOKEN_CHECK("token-check", arguments -> new TimedBenchmark(new TokenCheckScenario()));

    private final String label;
    private final Function<LoadTestArguments, Benchmark> factory;

    ScenarioKind(String label, Function<LoadTestArguments, Benchmark> factory) {
        this.label = label;
        this.factory = factory;
    }

    String label() {
        return label;
    }

    Benchmark create(LoadTestArguments arguments) {
        return factory.apply(arguments);
    }

    static ScenarioKind byLabel(String label) {
        return Arrays.stream(values())
                .filter(kind -> kind.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + label + "'; choose one of "
                        + Arrays.stream(values()).map(ScenarioKind::label).collect(Collectors.joining(", "))));
    }
}
