package io.ultramarket.commerce.cart;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.cart.CartClaimed;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import io.ultramarket.commerce.security.CartToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A guest's cart over HTTP: opened without an account, it answers a cart token; that token (and nothing
 * else a shopper holds) reads, fills and checks it out, and follows the order; a customer who signs in and
 * presents it takes the cart over, and the token opens it no more.
 */
@ApiIntegrationTest
class GuestCartIT {

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    Shop shop;
    String sku;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        sku = "GUEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        shop.sell(sku, "7.50");
    }

    @Test
    void aGuestFillsAndChecksOutTheCartWithItsTokenAndFollowsTheOrder() {
        String stockPosition = Shop.positionOf(shop.registerStock(sku, "BER-1", 10));
        shop.read("/stock/" + sku, stockPosition).expectHeader().valueEquals("Commerce-Consistency", "current");
        GuestCart cart = openGuestCart();

        String added = Shop.positionOf(postAsGuest("/carts/" + cart.id() + "/items", cart.token(), Shop.item(sku, 2)));
        JsonNode view = http.get().uri("/carts/" + cart.id()).attributes(TestUsers.anonymous())
                .header(CartToken.HEADER, cart.token()).header("Commerce-Position", added).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(view.get("total").get("amount").asText()).isEqualTo("15.00");
        JsonNode checkout = postAsGuest("/carts/" + cart.id() + "/checkout", cart.token(), checkoutWithOwnCard())
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();
        UUID orderId = UUID.fromString(checkout.get("orderId").asText());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(getAsGuest("/orders/" + orderId, cart.token())
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("status").asText())
                .isIn("CONFIRMED", "SHIPPED", "DELIVERED"));
        assertThat(events.typesOf(cart.id())).containsExactly(CartCreated.class, ItemAddedToCart.class, CartCheckedOut.class);
        UUID guestId = CartToken.parse(cart.token()).orElseThrow().guestId();
        CartCreated created = (CartCreated) events.of(cart.id()).get(0).getPayload();
        assertThat(created.guest()).isTrue();
        assertThat(created.customerId()).isEqualTo(guestId);
        assertThat(events.of(cart.id())).as("who did it: the guest, each time").allSatisfy(event -> {
            assertThat(event.getMetaData().get(CommerceMetadata.PRINCIPAL)).isEqualTo(guestId.toString());
            assertThat(event.getMetaData().get(CommerceMetadata.PRINCIPAL_ROLES)).isEqualTo("guest");
        });
    }

    @Test
    void anotherGuestsTokenOrACustomerFindsNoCartAndTheCartKeepsItsEvents() {
        GuestCart cart = openGuestCart();
        String stranger = openGuestCart().token();
        UUID customer = UUID.randomUUID();

        getAsGuest("/carts/" + cart.id(), stranger).expectStatus().isNotFound();
        postAsGuest("/carts/" + cart.id() + "/items", stranger, Shop.item(sku, 1)).expectStatus().isNotFound();
        postAsGuest("/carts/" + cart.id() + "/checkout", stranger, checkoutWithOwnCard()).expectStatus().isNotFound();
        http.get().uri("/carts/" + cart.id()).attributes(TestUsers.asCustomer(customer)).exchange().expectStatus().isNotFound();
        http.post().uri("/carts/" + cart.id() + "/items").attributes(TestUsers.asCustomer(customer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Shop.item(sku, 1)).exchange().expectStatus().isNotFound();

        assertThat(events.typesOf(cart.id())).containsExactly(CartCreated.class);
    }

    @Test
    void aTokenOfTheWrongFormIsRefusedAsUnauthenticatedAndNoTokenAtAllToo() {
        GuestCart cart = openGuestCart();

        getAsGuest("/carts/" + cart.id(), cart.token() + "x")
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("Cart-Token"));
        http.get().uri("/carts/" + cart.id()).attributes(TestUsers.anonymous()).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aCustomerWhoSignsInClaimsTheCartAndItsTokenOpensItNoMore() {
        GuestCart cart = openGuestCart();
        postAsGuest("/carts/" + cart.id() + "/items", cart.token(), Shop.item(sku, 1)).expectStatus().isAccepted();
        UUID ada = UUID.randomUUID();

        claim(cart, ada).expectStatus().isAccepted();
        claim(cart, ada).expectStatus().isAccepted(); // a retried claim is answered as the first

        String position = Shop.positionOf(http.post().uri("/carts/" + cart.id() + "/items").attributes(TestUsers.asCustomer(ada))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Shop.item(sku, 2)).exchange());
        JsonNode view = http.get().uri("/carts/" + cart.id()).attributes(TestUsers.asCustomer(ada))
                .header("Commerce-Position", position).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(view.get("customerId").asText()).isEqualTo(ada.toString());
        assertThat(view.get("total").get("amount").asText()).isEqualTo("22.50");
        getAsGuest("/carts/" + cart.id(), cart.token()).expectStatus().isNotFound();
        postAsGuest("/carts/" + cart.id() + "/items", cart.token(), Shop.item(sku, 1)).expectStatus().isNotFound();
        claim(cart, UUID.randomUUID()).expectStatus().isNotFound(); // nobody else claims it with the same token
        assertThat(events.typesOf(cart.id())).containsOnlyOnce(CartClaimed.class);
        assertThat(events.of(cart.id()).stream().filter(event -> event.getPayload() instanceof CartClaimed).findFirst()
                .orElseThrow().getMetaData().get(CommerceMetadata.PRINCIPAL)).isEqualTo(ada.toString());
    }

    @Test
    void aClaimNeedsTheCartsTokenAndACustomersCartIsNotClaimable() {
        GuestCart cart = openGuestCart();
        UUID ada = UUID.randomUUID();
        UUID adasOwnCart = shop.createCart(ada);

        http.post().uri("/carts/" + cart.id() + "/claim").attributes(TestUsers.asCustomer(ada)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(CartToken.HEADER);
        http.post().uri("/carts/" + adasOwnCart + "/claim").attributes(TestUsers.asCustomer(UUID.randomUUID()))
                .header(CartToken.HEADER, cart.token()).exchange().expectStatus().isNotFound();
        postAsGuest("/carts/" + cart.id() + "/claim", cart.token(), null).expectStatus().isForbidden();
        assertThat(events.typesOf(cart.id())).containsExactly(CartCreated.class);
    }

    @Test
    void staffDoNotOpenCarts() {
        http.post().uri("/carts").attributes(TestUsers.as("support")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of()).exchange().expectStatus().isForbidden();
    }

    private record GuestCart(UUID id, String token) {
    }

    private GuestCart openGuestCart() {
        var created = http.post().uri("/carts").attributes(TestUsers.anonymous()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of()).exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult();
        String token = created.getResponseHeaders().getFirst(CartToken.HEADER);
        assertThat(token).as("the cart token").hasSize(43);
        return new GuestCart(UUID.fromString(created.getResponseBody().get("cartId").asText()), token);
    }

    private WebTestClient.ResponseSpec claim(GuestCart cart, UUID customer) {
        return http.post().uri("/carts/" + cart.id() + "/claim").attributes(TestUsers.asCustomer(customer))
                .header(CartToken.HEADER, cart.token()).exchange();
    }

    private WebTestClient.ResponseSpec getAsGuest(String path, String token) {
        return http.get().uri(path).attributes(TestUsers.anonymous()).header(CartToken.HEADER, token).exchange();
    }

    private WebTestClient.ResponseSpec postAsGuest(String path, String token, Object body) {
        var request = http.post().uri(path).attributes(TestUsers.anonymous()).header(CartToken.HEADER, token);
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A guest's own card, so the fraud screen's per-card velocity never adds up across tests. */
    private static Map<String, Object> checkoutWithOwnCard() {
        return Map.of("shippingAddress", Map.of("recipient", "Grace Guest", "line1", "Main Street 1",
                        "postalCode", "10115", "city", "Berlin", "country", "DE"),
                "shippingOption", "parcelpost:standard",
                "paymentMethod", Map.of("type", "card", "token", "tok_visa_" + UUID.randomUUID()));
    }
}
