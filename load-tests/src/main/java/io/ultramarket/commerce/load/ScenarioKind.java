package io.ultramarket.commerce.load;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The scenarios selectable with --scenario, by the name used on the command line and in the report. */
enum ScenarioKind {

    ADD_TO_CART("add-to-cart", AddToCartScenario::new),
    CHECKOUT("checkout", CheckoutScenario::new),
    IDEMPOTENT_REPLAY("idempotent-replay", IdempotentReplayScenario::new);

    private final String label;
    private final Supplier<Scenario> factory;

    ScenarioKind(String label, Supplier<Scenario> factory) {
        this.label = label;
        this.factory = factory;
    }

    String label() {
        return label;
    }

    Scenario create() {
        return factory.get();
    }

    static ScenarioKind byLabel(String label) {
        return Arrays.stream(values())
                .filter(kind -> kind.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + label + "'; choose one of "
                        + Arrays.stream(values()).map(ScenarioKind::label).collect(Collectors.joining(", "))));
    }
}
