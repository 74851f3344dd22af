package io.ultramarket.commerce.load;

import io.gatling.javaapi.core.ScenarioBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The add-to-cart goal: each client owns a cart and adds one unit after another to it, rotating over the
 * catalog; a full cart is replaced by a new one, named {@code new-cart} apart from the {@code add-item}
 * figures. Every add must answer 2xx with a {@code Commerce-Position}.
 */
public class AddToCartSimulation extends MeasuredSimulation {

    private final ScenarioBuilder shoppers = scenario("add-to-cart")
            .exec(CartSteps.customerWithACart())
            .exec(settings.warmupThenMeasure(CartSteps::addOneUnit));

    public AddToCartSimulation() {
        super(16);
        setUp(shoppers.injectOpen(atOnceUsers(settings.clients))).protocols(settings.protocol());
    }

    /** Carts are priced from the catalog: the SKUs must be on sale before the clients start. */
    @Override
    protected void prepareShop() {
        settings.putCatalogOnSale();
    }
}
