package io.ultramarket.commerce.security;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.HandPlacedOrders;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the app serves, as nobody, two customers and each staff role, with the development issuer's
 * tokens (the same matrix runs against Keycloak in {@code KeycloakAccessIT}).
 */
@ApiIntegrationTest
class AccessMatrixIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    DevelopmentIssuer issuer;
    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @LocalServerPort
    int port;

    @Test
    void everyRouteHasARowAndEveryCellGetsWhatItsRowSays() throws Exception {
        var routes = AccessMatrix.routesOf(context);
        assertThat(AccessMatrix.withoutRow(routes)).as("routes without a decision on who may call them").isEmpty();

        UUID customerA = UUID.randomUUID();
        Shop shop = new Shop(http);
        UUID cartId = shop.createCart(customerA);
        shop.sell("MATRIX-1", "1.00");
        UUID orderId = new HandPlacedOrders(commands, http).place(customerA, "MATRIX-1", 1, "1.00");
        Map<String, String> values = Map.of("cartId", cartId.toString(), "orderId", orderId.toString(),
                "customerId", customerA.toString(), "aggregateType", "order", "aggregateId", orderId.toString(),
                "sku", "MATRIX-1", "carrier", "parcelpost", "name", "carts", "addressId", UUID.randomUUID().toString(),
                "?/shipping/rates", "?cart=" + cartId);
        Map<Persona, String> users = Map.of(Persona.CUSTOMER_A, customerA.toString(),
                Persona.CUSTOMER_B, UUID.randomUUID().toString(), Persona.SUPPORT, "support",
                Persona.MERCHANDISER, "merchandiser", Persona.ANALYST, "analyst", Persona.AUDITOR, "auditor",
                Persona.ADMIN, "admin");

        var matrix = new AccessMatrix("http://127.0.0.1:" + port,
                persona -> Optional.ofNullable(users.get(persona)).map(user -> issuer.issue(user).accessToken()), values);

        assertThat(matrix.violations(routes)).isEmpty();
    }
}
