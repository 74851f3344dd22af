package io.ultramarket.commerce.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * What the virtual shoppers buy and where it goes. Fewer SKUs than the app's 50 lines per cart, so rotating
 * over all of them never hits the line limit; one price and currency, so a cart never mixes currencies.
 */
final class Catalog {

    static final int SKU_COUNT = 40;
    /** The app's default commerce.cart.max-quantity-per-line; a client opens a new cart before crossing it. */
    static final int MAX_UNITS_PER_LINE = 99;
    static final String UNIT_PRICE_AMOUNT = "9.90";
    static final String CURRENCY = "EUR";
    /** The most one stock item may hold (the app's Quantity.MAX): what a checkout run stocks each SKU with. */
    static final int STOCK_PER_SKU = 1_000_000;

    /**
     * The body of a checkout by one customer: an address and a card of their own. A shared one would be what
     * the fraud screen's velocity rules look for (more than 3 customers on one card or address within an hour)
     * and would send every later order to review instead of confirming it. The simulated provider approves
     * any card token but its declining ones.
     */
    static Map<String, Object> checkoutDetails(UUID customerId) {
        return Map.of(
                "shippingAddress", Map.of(
                        "recipient", "Ada Lovelace",
                        "line1", "Main Street 1, flat " + customerId,
                        "postalCode", "10115",
                        "city", "Berlin",
                        "country", "DE"),
                "shippingOption", "parcelpost:standard",
                "paymentMethod", Map.of("type", "card", "token", "tok_load_" + customerId));
    }

    private Catalog() {
    }

    /** The body of {@code POST /products} that sells every SKU of the catalog at {@value #UNIT_PRICE_AMOUNT}. */
    static Map<String, Object> product() {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", "Load test goods");
        product.put("description", "What the virtual shoppers buy");
        product.put("category", "load/goods");
        product.put("variants", IntStream.range(0, SKU_COUNT).mapToObj(index -> Map.of(
                "sku", sku(index),
                "price", Map.of("amount", UNIT_PRICE_AMOUNT, "currency", CURRENCY),
                "attributes", Map.of("number", Integer.toString(index)))).toList());
        return product;
    }

    /** SKU number {@code index} (taken modulo the catalog size), e.g. LOAD-SKU-07. */
    static String sku(int index) {
        return String.format(Locale.ROOT, "LOAD-SKU-%02d", Math.floorMod(index, SKU_COUNT));
    }
}
