package io.ultramarket.commerce.console;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.checkout.Checkouts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (ADR 0062): Debian's headless Chromium signs in as staff, watches an order placed
 * through the API appear on the orders page without a reload, approves an order held for fraud review and sees it
 * go on, with the approval recorded in the staff member's name, and follows a projection's replay to its end;
 * a customer does not get in.
 */
@ApiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    private static final String ORDERS_LIVE = "body[data-live='open']";

    @LocalServerPort
    int port;
    @Autowired
    WebTestClient http;
    Shop shop;
    Checkouts checkouts;
    ConsoleBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new ConsoleBrowser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        checkouts = new Checkouts(http);
    }

    @AfterEach
    void signOut() {
        browser.signOut();
    }

    @Test
    void staffSignInAndSeeTheirName() {
        browser.signIn("admin", ConsoleSession.DEMO_PASSWORD);
        browser.await(ExpectedConditions.textToBe(By.id("signed-in-as"), "admin"));
        assertThat(browser.path()).isEqualTo("/console");
    }

    @Test
    void aNewOrderAppearsOnTheOrdersPageAsItHappens() {
        browser.signIn("support", ConsoleSession.DEMO_PASSWORD);
        browser.await(ExpectedConditions.textToBe(By.id("signed-in-as"), "support"));
        browser.open("/console/orders");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ORDERS_LIVE)));

        String sku = Checkouts.newSku("CONSOLE");
        checkouts.stock(sku, "BER-1", 5);
        UUID orderId = checkouts.checkOut(Map.of(sku, 1), "20.00", Checkouts.goodCard(), "swiftship:economy");

        // No reload: the row comes from the order stream.
        WebElement row = browser.await(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#orders tr[data-order-id='" + orderId + "']")));
        assertThat(row.findElement(By.tagName("a")).getAttribute("href")).endsWith("/console/orders/" + orderId);
        assertThat(browser.find(By.cssSelector(ORDERS_LIVE))).as("the page was never reloaded").isNotNull();
    }

    @Test
    void anOrderHeldForReviewIsApprovedAndGoesOnInTheReviewersName() {
        String tv = Checkouts.newSku("CONSOLE-TV");
        checkouts.stock(tv, "BER-1", 2);
        UUID cartId = shop.createCart(UUID.randomUUID());
        shop.addItem(cartId, tv, 1, "1500.00").expectStatus().isAccepted();
        // A first order above the first-order limit, paid with a US card, shipped to Germany: held for review.
        UUID orderId = checkouts.checkOutCart(cartId, "pm_card_us", "swiftship:economy", "DE");
        checkouts.awaitOrder(orderId, "IN_REVIEW");

        browser.signIn("admin", ConsoleSession.DEMO_PASSWORD);
        browser.await(ExpectedConditions.textToBe(By.id("signed-in-as"), "admin"));
        browser.open("/console/reviews");
        WebElement held = browser.find(By.cssSelector("#reviews tr[data-order-id='" + orderId + "']"));
        held.findElement(By.cssSelector("button.approve")).click();
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("decided")));
        assertThat(browser.find(By.id("decided")).getText()).contains(orderId.toString());
        assertThat(browser.driver().findElements(By.cssSelector("#reviews tr[data-order-id='" + orderId + "']")))
                .as("no longer in the queue").isEmpty();

        // The order goes on past the review: confirmed, then shipped and delivered by the simulated carrier.
        browser.open("/console/orders/" + orderId);
        browser.await(driver -> {
            driver.navigate().refresh();
            return List.of("CONFIRMED", "SHIPPED", "DELIVERED").contains(driver.findElement(By.id("order-status")).getText());
        });
        WebElement approval = browser.find(By.cssSelector("#events tr[data-event-type$='OrderReviewApproved']"));
        assertThat(approval.findElement(By.className("principal")).getText()).isEqualTo("admin");
    }

    @Test
    void aReplayShowsItsProgressToTheEnd() {
        browser.signIn("admin", ConsoleSession.DEMO_PASSWORD);
        browser.await(ExpectedConditions.textToBe(By.id("signed-in-as"), "admin"));
        browser.open("/console/projections");
        WebElement stockLevels = browser.find(By.cssSelector("#projections tr[data-projection='stock-levels']"));
        int activeBefore = activeGeneration(stockLevels);
        stockLevels.findElement(By.cssSelector("button.replay")).click();

        // The stream's last sample shows the new generation answering queries, every event of the store applied.
        WebElement progress = browser.await(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#replay-progress[data-state='ACTIVE']")));
        assertThat(Integer.parseInt(progress.getAttribute("data-generation"))).isGreaterThan(activeBefore);
        assertThat(progress.getText()).matches("generation \\d+ ACTIVE: \\d+ of \\d+ events");
        assertThat(Long.parseLong(browser.find(By.id("replay-bar")).getAttribute("value"))).isPositive();
    }

    /** The number of the generation shown as ACTIVE in a projection's row ("#3 ACTIVE at ..."). */
    private static int activeGeneration(WebElement projection) {
        return projection.findElements(By.className("generation")).stream().map(WebElement::getText)
                .filter(text -> text.contains(" ACTIVE")).map(text -> Integer.parseInt(text.substring(1, text.indexOf(' '))))
                .findFirst().orElseThrow(() -> new AssertionError("no active generation in " + projection.getText()));
    }

    @Test
    void aCustomerCannotSignIn() {
        browser.signIn("ada", ConsoleSession.DEMO_PASSWORD);
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("refused")));
        browser.open("/console/orders");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
        assertThat(browser.path()).isEqualTo("/console/login");
    }
}
