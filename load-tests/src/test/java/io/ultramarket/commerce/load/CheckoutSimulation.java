package io.ultramarket.commerce.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The checkout goal: each shopper repeats one flow (a new customer signs in, opens a cart, adds three items one
 * after another, checks out), and every order is followed until it shows CONFIRMED. The five shopping requests
 * are named {@code request} (the goal's p95); the throughput is the orders confirmed per second
 * ({@link OrderConfirmations}), read by followers so that a shopper never waits for its order's saga.
 *
 * <p>Followers take the waiting orders in turn and read each once ({@code GET /orders/{id}} as the order's
 * customer, named {@code order status}), pausing {@value #POLL_EVERY_MS} ms after each read, until it is
 * confirmed or refused or {@value OrderConfirmations#FOLLOW_LIMIT_SECONDS} s passed since its checkout.
 * Property {@code followers} sets how many (default: as many as shoppers).
 */
public class CheckoutSimulation extends MeasuredSimulation {

    static final String REQUEST = "request";
    static final String ORDER_STATUS = "order status";
    static final int POLL_EVERY_MS = 10;
    private static final int ITEMS_PER_CART = 3;

    private final int followers = Integer.parseInt(System.getProperty("followers", Integer.toString(settings.clients)));
    private final OrderConfirmations confirmations = new OrderConfirmations(settings.clients);

    private final ScenarioBuilder shoppers = scenario("checkout")
            .exec(session -> session.set("nextSku", (int) session.userId() * ITEMS_PER_CART))
            .exec(settings.warmupThenMeasure(this::shopOnce))
            .exec(session -> {
                confirmations.shopperDone();
                return session;
            });

    private final ScenarioBuilder orderFollowers = scenario("order followers")
            .exec(asLongAsDuring(session -> confirmations.followersNeeded(),
                    settings.warmup.plus(settings.duration).plusSeconds(2L * OrderConfirmations.FOLLOW_LIMIT_SECONDS)).on(
                    exec(session -> confirmations.next()
                            .map(order -> session.set("order", order).set("orderId", order.orderId())
                                    .set("orderToken", order.token()).remove("status")
                                    .set("pollName", (order.measured() ? "" : SimulationSettings.WARMUP_PREFIX) + ORDER_STATUS))
                            .orElse(session.remove("order"))),
                    doIfOrElse(session -> session.contains("order")).then(readOrderOnce())
                            .orElse(pause(Duration.ofMillis(POLL_EVERY_MS)))));

    public CheckoutSimulation() {
        super(8);
        setUp(shoppers.injectOpen(atOnceUsers(settings.clients)),
                orderFollowers.injectOpen(atOnceUsers(followers)))
                .protocols(settings.protocol());
    }

    /** Carts are priced from the catalog and orders reserve stock: the SKUs must be on sale and in stock. */
    @Override
    protected void prepareShop() {
        settings.putCatalogOnSale();
        settings.stockCatalog();
    }

    @Override
    protected String ownFigures() {
        return confirmations.figures(settings.duration);
    }

    private ChainBuilder shopOnce(String prefix) {
        String request = prefix + REQUEST;
        return exec(SimulationSettings.newCustomerSignsIn())
                .exec(http(request).post("/carts").header("Authorization", SimulationSettings.BEARER)
                        .body(StringBody("{}")).check(jsonPath("$.cartId").saveAs("cartId")))
                .exec(repeat(ITEMS_PER_CART).on(
                        exec(session -> session.set("sku", Catalog.sku(session.getInt("nextSku")))
                                .set("nextSku", session.getInt("nextSku") + 1)),
                        http(request).post("/carts/#{cartId}/items").header("Authorization", SimulationSettings.BEARER)
                                .body(ByteArrayBody(session -> Json.write(Map.of("sku", session.getString("sku"),
                                        "quantity", 1))))))
                .exec(http(request).post("/carts/#{cartId}/checkout").header("Authorization", SimulationSettings.BEARER)
                        .body(ByteArrayBody(session ->
                                Json.write(Catalog.checkoutDetails(UUID.fromString(session.getString("customerId")))))).check(status().is(202), jsonPath("$.orderId").saveAs("orderId")))
                .exec(session -> {
                    confirmations.placed(new OrderConfirmations.Placed(session.getString("orderId"),
                            session.getString("token"), System.nanoTime(), prefix.isEmpty()));
                    return session;
                });
    }

    /**
     * Reads the order once; a 404 means not placed yet. A confirmed or refused order, or one followed for
     * {@value OrderConfirmations#FOLLOW_LIMIT_SECONDS} s since its checkout answered, is done; any other goes to the back of the
     * queue, so that every waiting order is read in turn however many there are.
     */
    private ChainBuilder readOrderOnce() {
        return exec(http("#{pollName}").get("/orders/#{orderId}").header("Authorization", "Bearer #{orderToken}")
                .check(status().in(200, 404), jsonPath("$.status").optional().saveAs("status")))
                .exec(session -> {
                    confirmations.read(order(session), session.getString("status"), System.nanoTime());
                    return session;
                })
                .pause(Duration.ofMillis(POLL_EVERY_MS));
    }

    private static OrderConfirmations.Placed order(Session session) {
        return session.get("order");
    }
}
