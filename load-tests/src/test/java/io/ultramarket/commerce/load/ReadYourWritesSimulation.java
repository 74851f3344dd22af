package io.ultramarket.commerce.load;

import io.gatling.javaapi.core.ScenarioBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The read-your-writes goal for carts: each client adds an item and, as soon as the add answered, reads its
 * cart with the add's {@code Commerce-Position}. The app holds the read until the carts read model has that
 * position (at most its bounded wait) and says {@code Commerce-Consistency: current} or {@code stale}; only a
 * current answer passes. {@code cart after add}, timed from sending the read (at once after the command's
 * answer) until the read model answered, is the goal's figure.
 */
public class ReadYourWritesSimulation extends MeasuredSimulation {

    static final String CART_AFTER_ADD = "cart after add";

    private final ScenarioBuilder shoppers = scenario("read-your-writes")
            .exec(CartSteps.customerWithACart())
            .exec(settings.warmupThenMeasure(prefix -> CartSteps.addOneUnit(prefix)
                    .exec(http(prefix + CART_AFTER_ADD).get("/carts/#{cartId}")
                            .header("Authorization", SimulationSettings.BEARER)
                            .header(CommerceApi.POSITION_HEADER, "#{position}")
                            .check(header(CommerceApi.CONSISTENCY_HEADER).is("current")))));

    public ReadYourWritesSimulation() {
        super(16);
        setUp(shoppers.injectOpen(atOnceUsers(settings.clients))).protocols(settings.protocol());
    }

    /** Carts are priced from the catalog: the SKUs must be on sale before the clients start. */
    @Override
    protected void prepareShop() {
        settings.putCatalogOnSale();
    }
}
