package io.ultramarket.commerce.notification;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.sagas.checkout.CheckoutIds;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.servers.RealServers;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The emails a customer gets about their orders, as the real SMTP server of the run (GreenMail) received them.
 * Each test has customers of its own, so it counts only their mail. The tests' customers have no language of
 * their own unless a test gives their token a {@code locale}: without one they get the default, English.
 */
@ApiIntegrationTest
class CustomerEmailsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRuntime projections;
    @Autowired
    DevelopmentIssuer issuer;

    Checkouts shop;

    @BeforeEach
    void setUp() {
        shop = new Checkouts(http);
    }

    @Test
    void aCheckoutToDeliveryEmailsTheCustomerThatTheOrderIsConfirmedShippedAndDelivered() throws Exception {
        UUID customer = signedInCustomer();
        UUID orderId = deliveredOrder(customer, "25.00");
        OrderShipped shipped = (OrderShipped) events.of(orderId).stream()
                .filter(event -> event.getPayload() instanceof OrderShipped).findFirst().orElseThrow().getPayload();

        List<MimeMessage> mails = awaitEmails(customer, 3);

        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(
                "Your order " + orderId + " is confirmed",
                "Your order " + orderId + " is on its way",
                "Your order " + orderId + " was delivered");
        Map<String, String> confirmed = parts(mails.get(0));
        // The order's total: 25.00 and parcelpost:standard for 1 kg (4.90 + 0.80).
        assertThat(confirmed.get("text/plain")).contains("Hello " + customer + ",", "of 30.70 EUR");
        assertThat(confirmed.get("text/html")).contains("<html lang=\"en\">", "30.70 EUR");
        Map<String, String> shippedMail = parts(mails.get(1));
        assertThat(shippedMail.get("text/plain")).contains("Tracking number: " + shipped.trackingNumber(), shipped.carrier());
        assertThat(shippedMail.get("text/html")).contains("<strong>" + shipped.trackingNumber() + "</strong>");
        assertThat(parts(mails.get(2)).get("text/plain")).contains("was delivered");
        assertThat(mails.get(0).getFrom()[0].toString()).isEqualTo("shop@localhost");
    }

    @Test
    void aCancellationAndARefundAreEmailedToo() throws Exception {
        UUID cancelling = signedInCustomer();
        String mug = Checkouts.newSku("MUG");
        shop.stock(mug, "BER-1", 1);
        // The provider never answers, so the order waits for its payment, unconfirmed, when it is cancelled.
        UUID cancelled = shop.checkOut(cancelling, Map.of(mug, 1), "9.90", Checkouts.unresponsiveCard(), "swiftship:economy", "DE");
        await().atMost(Checkouts.PATIENCE).until(() -> events.typesOf(CheckoutIds.paymentOf(cancelled)).contains(PaymentRequested.class));
        shop.post("/orders/" + cancelled + "/cancel", Map.of("reason", "found it cheaper")).expectStatus().isAccepted();

        UUID refunded = signedInCustomer();
        UUID delivered = deliveredOrder(refunded, "25.00");
        shop.post("/payments/" + CheckoutIds.paymentOf(delivered) + "/refunds",
                Map.of("amount", Map.of("amount", "5.00", "currency", "EUR"), "reason", "late delivery")).expectStatus().isAccepted();

        List<MimeMessage> cancellation = awaitEmails(cancelling, 1);
        assertThat(cancellation.get(0).getSubject()).isEqualTo("Your order " + cancelled + " is cancelled");
        assertThat(parts(cancellation.get(0)).get("text/plain")).contains("14.90 EUR", "(found it cheaper)");
        List<MimeMessage> refund = awaitEmails(refunded, 4);
        assertThat(refund.get(3).getSubject()).isEqualTo("Refund of 5.00 EUR for your order " + delivered);
        assertThat(parts(refund.get(3)).get("text/html")).contains("<strong>5.00 EUR</strong>");
    }

    @Test
    void aReplayOfTheProjectionSendsNothingAgain() throws Exception {
        UUID customer = signedInCustomer();
        UUID orderId = deliveredOrder(customer, "12.00");
        awaitEmails(customer, 3);
        int before = projections.active("notifications").number();

        http.post().uri("/admin/projections/notifications/replay").exchange().expectStatus().isAccepted();
        await().atMost(Checkouts.PATIENCE).until(() -> projections.active("notifications").number() > before);
        // The sender takes due rows oldest first: once an email of an order placed after the replay is here,
        // any row the replay had put in the outbox again would have gone before it.
        UUID later = signedInCustomer();
        deliveredOrder(later, "12.00");
        awaitEmails(later, 3);

        assertThat(RealServers.smtp().receivedBy(emailOf(customer))).hasSize(3);
        assertThat(jdbc.queryForList("SELECT status || ' ' || attempts FROM notification_outbox WHERE order_id = ?",
                String.class, orderId)).containsExactly("SENT 1", "SENT 1", "SENT 1");
    }

    @Test
    void aCustomerWhoNeverAskedForTheirRecordIsEmailedAllTheSame() {
        // Never asked for /customers/me: the checkout makes the record, with the token's email.
        UUID newcomer = UUID.randomUUID();
        UUID orderId = deliveredOrder(newcomer, "8.00");

        assertThat(awaitEmails(newcomer, 3)).extracting(MimeMessage::getSubject)
                .containsExactly("Your order " + orderId + " is confirmed", "Your order " + orderId + " is on its way",
                        "Your order " + orderId + " was delivered");
    }

    @Test
    void aCustomerWhoseIdentityProviderSaysGermanIsEmailedInGermanAndOneWhoseLanguageHasNoTemplatesInTheDefault()
            throws Exception {
        UUID german = UUID.randomUUID();
        signIn(german, "de-AT");
        UUID french = UUID.randomUUID();
        signIn(french, "fr-FR");

        UUID germanOrder = deliveredOrder(german, "19.90");
        UUID frenchOrder = deliveredOrder(french, "19.90");

        List<MimeMessage> toGerman = awaitEmails(german, 3);
        assertThat(toGerman.get(0).getSubject()).isEqualTo("Ihre Bestellung " + germanOrder + " ist bestätigt");
        assertThat(parts(toGerman.get(0)).get("text/html")).contains("<html lang=\"de\">");
        assertThat(awaitEmails(french, 3).get(0).getSubject()).isEqualTo("Your order " + frenchOrder + " is confirmed");
        http.get().uri("/customers/me").headers(headers -> headers.setBearerAuth(issuer.issue(german.toString(), "de-AT")
                .accessToken())).exchange().expectBody().jsonPath("$.language").isEqualTo("de-AT");
    }

    /** The customer's first use of the API, with a token whose {@code locale} claim is {@code locale}. */
    private void signIn(UUID customer, String locale) {
        String token = issuer.issue(customer.toString(), locale).accessToken();
        http.get().uri("/customers/me").headers(headers -> headers.setBearerAuth(token)).exchange().expectStatus().isOk();
    }

    /** A customer who used the API once (GET /customers/me), so that the shop has their record and email. */
    private UUID signedInCustomer() {
        UUID customer = UUID.randomUUID();
        http.get().uri("/customers/me").attributes(TestUsers.asCustomer(customer)).exchange().expectStatus().isOk();
        return customer;
    }

    private UUID deliveredOrder(UUID customer, String price) {
        String mug = Checkouts.newSku("MUG");
        shop.stock(mug, "BER-1", 1);
        UUID orderId = shop.checkOut(customer, Map.of(mug, 1), price, Checkouts.goodCard(), "parcelpost:standard", "DE");
        shop.awaitOrder(orderId, "DELIVERED");
        return orderId;
    }

    /** The development issuer's email claim for a customer. */
    private static String emailOf(UUID customer) {
        return customer + "@example.com";
    }

    private static List<MimeMessage> awaitEmails(UUID customer, int count) {
        await().atMost(Checkouts.PATIENCE).until(() -> RealServers.smtp().receivedBy(emailOf(customer)).size() >= count);
        List<MimeMessage> mails = RealServers.smtp().receivedBy(emailOf(customer));
        assertThat(mails).as("emails to %s", emailOf(customer)).hasSize(count);
        return mails;
    }

    /** The message's leaf parts by content type (text/plain, text/html), however they are nested. */
    private static Map<String, String> parts(Part part) throws Exception {
        Map<String, String> found = new LinkedHashMap<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                found.putAll(parts(child));
            }
        } else {
            found.put(part.getContentType().split(";")[0].trim().toLowerCase(), part.getContent().toString());
        }
        return found;
    }
}
