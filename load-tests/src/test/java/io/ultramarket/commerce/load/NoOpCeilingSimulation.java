package io.ultramarket.commerce.load;

import io.gatling.javaapi.core.ScenarioBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The ceiling of HTTP on this machine: the app's cheapest route, {@code GET /actuator/health/liveness} (public,
 * through the whole WebFlux and security filter chain, no database), as fast as the clients can send it. A
 * goal's rate over this one says how much of what the machine (app and generator together) can serve at all
 * the goal reached.
 */
public class NoOpCeilingSimulation extends MeasuredSimulation {

    static final String LIVENESS = "liveness";

    private final ScenarioBuilder probes = scenario("no-op ceiling").exec(settings.warmupThenMeasure(prefix ->
            exec(http(prefix + LIVENESS).get("/actuator/health/liveness"))));

    public NoOpCeilingSimulation() {
        super(16);
        setUp(probes.injectOpen(atOnceUsers(settings.clients))).protocols(settings.protocol());
    }
}
