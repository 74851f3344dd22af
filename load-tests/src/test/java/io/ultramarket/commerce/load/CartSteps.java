package io.ultramarket.commerce.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * A signed-in customer filling one cart, one unit at a time over the catalog ({@link CartFill}): a full cart is
 * replaced by a new one before the app would refuse the add. The cart is {@code #{cartId}}, the position of
 * the last add {@code #{position}}.
 */
final class CartSteps {

    static final String ADD_ITEM = "add-item";
    static final String NEW_CART = "new-cart";

    private CartSteps() {
    }

    /** A new customer signs in and opens a first cart; what the goals measure comes after. */
    static ChainBuilder customerWithACart() {
        return exec(SimulationSettings.newCustomerSignsIn())
                .exec(session -> session.set("fill", new CartFill()))
                .exec(openCart("open cart"));
    }

    /**
     * One add, named {@value #ADD_ITEM} after the prefix, after a new cart ({@value #NEW_CART}) when this one
     * is full.
     */
    static ChainBuilder addOneUnit(String prefix) {
        return exec(doIf(session -> !fill(session).hasRoomFor(1)).then(openCart(prefix + NEW_CART)))
                .exec(session -> session.set("sku", fill(session).nextSku()))
                .exec(http(prefix + ADD_ITEM).post("/carts/#{cartId}/items")
                        .header("Authorization", SimulationSettings.BEARER)
                        .body(ByteArrayBody(session -> Json.write(Map.of("sku", session.getString("sku"), "quantity", 1))))
                        // Every command answers with the position it reached; one without it is a failure.
                        .check(header(CommerceApi.POSITION_HEADER).saveAs("position")))
                .exec(session -> {
                    fill(session).added(1);
                    return session;
                });
    }

    private static ChainBuilder openCart(String name) {
        return exec(http(name).post("/carts").header("Authorization", SimulationSettings.BEARER).body(StringBody("{}"))
                .check(jsonPath("$.cartId").saveAs("cartId")))
                .exec(session -> {
                    fill(session).emptied();
                    return session;
                });
    }

    private static CartFill fill(Session session) {
        return session.get("fill");
    }
}
