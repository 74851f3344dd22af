package io.ultramarket.commerce.load;

import io.gatling.javaapi.core.ScenarioBuilder;

import java.util.Map;
import java.util.SplittableRandom;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The search goal: each shopper sends one search after another from the varied mix of
 * {@link SearchCatalog#query} (words, typos, categories with sorting, price ranges, attribute filters; facets
 * always). Needs an app with Elasticsearch and the 10 000 products that the generator's {@code search}
 * scenario seeds (load-tests/README.md); this simulation only searches.
 */
public class SearchSimulation extends MeasuredSimulation {

    static final String SEARCH = "search";

    private final ScenarioBuilder shoppers = scenario("search")
            .exec(session -> session.set("random", new SplittableRandom(session.userId())))
            .exec(settings.warmupThenMeasure(prefix -> exec(session -> session.set("query",
                    SearchCatalog.query(session.<SplittableRandom>get("random"))))
                    .exec(http(prefix + SEARCH).get("/search?#{query}"))));

    public SearchSimulation() {
        super(16);
        setUp(shoppers.injectOpen(atOnceUsers(settings.clients))).protocols(settings.protocol());
    }
}
