package io.ultramarket.commerce;

import io.ultramarket.commerce.catalog.Catalog;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.ultramarket.commerce.web.CommandResponses.POSITION_HEADER;

/**
 * A shopper's requests, in the wire format clients use, so that tests read as the business does. Each cart
 * is opened by a customer of its own unless a test names one; requests on a cart go as the customer who
 * opened it (through any {@code Shop} of the run), everything else as the tests' staff user (see
 * {@link TestUsers}), who arranges stock and reads orders.
 */
public final class Shop {

    /** Who asks about carts no Shop opened (ids that do not exist, malformed ids): some customer. */
    private static final UUID UNKNOWN_CART_CUSTOMER = UUID.randomUUID();
    private static final Pattern CART_PATH = Pattern.compile("^/carts/([0-9a-fA-F-]{36})(/.*)?$");

    /** Which customer opened each cart of the run. */
    private static final Map<UUID, UUID> OWNER_OF_CART = new ConcurrentHashMap<>();
    /** The SKUs this run put on sale: the product that sells each, and its price in EUR now. */
    private static final Map<String, OnSale> ON_SALE = new ConcurrentHashMap<>();
    /**
     * One lock per SKU: shoppers adding a new SKU at once must put it on sale once. Several products listing one
     * SKU, created at once, may commit in another order than the store numbered them, and the search documents
     * then depend on which order a reader saw (the live processor the commits', a rebuild the numbers').
     */
    private static final Map<String, Object> SELLING = new ConcurrentHashMap<>();

    private record OnSale(UUID productId, String eur) {
    }

    private final WebTestClient http;

    public Shop(WebTestClient http) {
        this.http = http;
    }

    /** The customer who opened the cart. */
    public UUID ownerOf(UUID cartId) {
        return Optional.ofNullable(OWNER_OF_CART.get(cartId)).orElseThrow(() ->
                new IllegalArgumentException("cart " + cartId + " was not opened through a Shop"));
    }

    public WebTestClient.ResponseSpec registerStock(String sku, String warehouse, int onHand) {
        return post("/stock/" + sku, Map.of("warehouse", warehouse, "onHand", onHand));
    }

    /** A cart of a new customer (so that the fraud screen's per-customer velocity never adds up across tests). */
    public UUID createCart() {
        return createCart(UUID.randomUUID());
    }

    public UUID createCart(UUID customerId) {
        return UUID.fromString(openCart(customerId).getResponseBody().get("cartId").toString());
    }

    /** {@code POST /carts} as that customer: the 201 answer, with its headers. */
    public EntityExchangeResult<Map> openCart(UUID customerId) {
        EntityExchangeResult<Map> created = http.post().uri("/carts").attributes(TestUsers.asCustomer(customerId))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult();
        OWNER_OF_CART.put(UUID.fromString(created.getResponseBody().get("cartId").toString()), customerId);
        return created;
    }

    /** The request attributes that send a request as the customer who owns the cart. */
    public Consumer<Map<String, Object>> asOwnerOf(UUID cartId) {
        return TestUsers.asCustomer(OWNER_OF_CART.getOrDefault(cartId, UNKNOWN_CART_CUSTOMER));
    }

    /** A read of {@code path} that waits for the write at {@code position} to be visible. */
    public WebTestClient.ResponseSpec read(String path, String position) {
        return http.get().uri(path).header(POSITION_HEADER, position).exchange();
    }

    /** The {@code Commerce-Position} of a successful command's answer. */
    public static String positionOf(WebTestClient.ResponseSpec answer) {
        return answer.expectStatus().is2xxSuccessful().returnResult(Void.class).getResponseHeaders()
                .getFirst(POSITION_HEADER);
    }

    /** The product that sells a SKU put on sale by {@link #sell}. */
    public UUID productOf(String sku) {
        return Optional.ofNullable(ON_SALE.get(sku)).map(OnSale::productId)
                .orElseThrow(() -> new IllegalArgumentException(sku + " was not put on sale through a Shop"));
    }

    /** Puts the SKU on sale at that price, then adds it to the cart: the cart takes the catalog's price. */
    public WebTestClient.ResponseSpec addItem(UUID cartId, String sku, int quantity, String price) {
        sell(sku, price);
        return post("/carts/" + cartId + "/items", item(sku, quantity));
    }

    /**
     * Makes sure a published product sells the SKU at that price (EUR), as the merchandiser would, and that
     * the products read model (where prices are resolved) shows it. Each SKU gets one product for the run;
     * a new price is a price change of it. Cheap when the SKU already sells at that price.
     */
    public void sell(String sku, String eur) {
        synchronized (SELLING.computeIfAbsent(sku, any -> new Object())) {
            sellOnce(sku, eur);
        }
    }

    private void sellOnce(String sku, String eur) {
        OnSale onSale = ON_SALE.get(sku);
        if (onSale != null && onSale.eur().equals(eur)) {
            return;
        }
        String position;
        UUID productId;
        if (onSale == null) {
            var created = http.post().uri("/products").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Catalog.product("Product " + sku, "Sold by the tests", "tests",
                            Catalog.variant(sku, eur, Map.of())))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult();
            productId = UUID.fromString(created.getResponseBody().get("productId").toString());
            position = positionOf(http.post().uri("/products/" + productId + "/publish").exchange());
        } else {
            productId = onSale.productId();
            position = positionOf(new Catalog(http).changePrice(productId, sku, eur));
        }
        read("/products/" + productId, position).expectStatus().isOk();
        ON_SALE.put(sku, new OnSale(productId, eur));
    }

    public WebTestClient.ResponseSpec checkOut(UUID cartId) {
        return post("/carts/" + cartId + "/checkout", checkoutBody());
    }

    /** A POST: on a cart as its customer, anywhere else as staff. */
    public WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post().uri(path).attributes(userFor(path)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private Consumer<Map<String, Object>> userFor(String path) {
        if (path.startsWith("/carts")) {
            return cartIn(path).map(this::asOwnerOf).orElse(TestUsers.asCustomer(UNKNOWN_CART_CUSTOMER));
        }
        return attributes -> { };
    }

    private static Optional<UUID> cartIn(String path) {
        Matcher matcher = CART_PATH.matcher(path);
        return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
    }

    /** An add-to-cart body: a SKU and how many. The price is the shop's (see {@link #sell}). */
    public static Map<String, Object> item(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    public static Map<String, Object> checkoutBody() {
        return Map.of(
                "shippingAddress", Map.of("recipient", "Ada Lovelace", "line1", "Main Street 1",
                        "postalCode", "10115", "city", "Berlin", "country", "DE"),
                "shippingOption", "parcelpost:standard",
                "paymentMethod", Map.of("type", "card", "token", "tok_visa"));
    }
}
