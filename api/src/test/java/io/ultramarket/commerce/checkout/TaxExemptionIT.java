package io.ultramarket.commerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionGranted;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionRevoked;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.totals.TaxExemption;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tax-exempt customers, end to end (ADR 0075): staff mark a business tax-exempt on its VAT id, its checkout in DE is
 * charged net of the VAT inside the prices, and once unmarked it pays gross again.
 */
@ApiIntegrationTest
class TaxExemptionIT {

    private static final String EVIDENCE = "VAT id DE123456789, valid in VIES on 2026-12-03";

    @Autowired
    WebTestClient http;
    @Autowired
    StoredEvents events;
    Shop shop;
    Checkouts checkouts;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        checkouts = new Checkouts(http);
    }

    /**
     * 11.90 EUR with 19 % VAT inside (1.90): the exempt business pays 10.00 and the standard parcel's fee less the VAT
     * inside it, no tax; unmarked, the same checkout costs 11.90 and the whole fee, 1.90 of VAT and the fee's in it.
     */
    @Test
    void anExemptBusinessInGermanyPaysNetAndAfterUnmarkingGrossAgain() {
        UUID business = UUID.randomUUID();
        http.get().uri("/customers/me").attributes(TestUsers.asCustomer(business)).exchange().expectStatus().isOk();
        String sku = Checkouts.newSku("TONER");
        checkouts.stock(sku, "BER-1", 2);

        taxExemption(business, Map.of("evidence", EVIDENCE)).expectStatus().isAccepted();
        UUID cartId = shop.createCart(business);
        shop.addItem(cartId, sku, 1, "11.90").expectStatus().isAccepted();
        http.get().uri("/carts/" + cartId + "/totals?shippingOption=parcelpost:standard").attributes(shop.asOwnerOf(cartId))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totals.taxExemption.reason").isEqualTo(TaxExemption.CUSTOMER)
                .jsonPath("$.totals.taxes.length()").isEqualTo(0)
                .jsonPath("$.totals.lines[0].net.amount").isEqualTo("10.00");
        UUID exemptOrder = checkouts.checkOutCart(cartId, Checkouts.goodCard(), "parcelpost:standard", "DE");

        Totals exempt = placed(exemptOrder);
        Money fee = exempt.shipping().fee();
        Money feeNet = fee.minus(Money.rounded(fee.amount().multiply(BigDecimal.valueOf(19))
                .divide(BigDecimal.valueOf(119), 12, RoundingMode.HALF_UP), fee.currency()));
        assertThat(exempt.taxExemption()).isEqualTo(TaxExemption.ofCustomer());
        assertThat(exempt.lines().get(0).lineTotal()).isEqualTo(eur("11.90"));
        assertThat(exempt.lines().get(0).net()).as("11.90 less the 1.90 of VAT inside").isEqualTo(eur("10.00"));
        assertThat(exempt.taxes()).isEmpty();
        assertThat(exempt.taxTotal()).isEqualTo(eur("0.00"));
        assertThat(exempt.total()).isEqualTo(eur("10.00").plus(feeNet));
        JsonNode payment = checkouts.awaitPayment(exemptOrder, "CAPTURED");
        assertThat(payment.get("captured").get("amount").asText()).isEqualTo(exempt.total().amount().toPlainString());

        http.delete().uri("/customers/" + business + "/tax-exemption").exchange().expectStatus().isAccepted();
        UUID grossOrder = checkouts.checkOut(business, Map.of(sku, 1), "11.90", Checkouts.goodCard(),
                "parcelpost:standard", "DE");

        Totals gross = placed(grossOrder);
        assertThat(gross.taxExemption()).isNull();
        assertThat(gross.lines().get(0).tax()).isEqualTo(eur("1.90"));
        assertThat(gross.total()).isEqualTo(eur("11.90").plus(fee));
        assertThat(gross.taxTotal()).isEqualTo(eur("1.90").plus(fee.minus(feeNet)));
        assertThat(events.typesOf(business))
                .containsSubsequence(CustomerTaxExemptionGranted.class, CustomerTaxExemptionRevoked.class);
    }

    @Test
    void evidenceIsRequiredAndBoundedAndACustomerWithoutARecordCannotBeMarked() {
        UUID business = UUID.randomUUID();
        http.get().uri("/customers/me").attributes(TestUsers.asCustomer(business)).exchange().expectStatus().isOk();

        taxExemption(business, Map.of("evidence", " ")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("evidence");
        taxExemption(business, Map.of("evidence", "x".repeat(201))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("evidence");
        taxExemption(UUID.randomUUID(), Map.of("evidence", EVIDENCE)).expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec taxExemption(UUID customerId, Map<String, String> body) {
        return http.put().uri("/customers/" + customerId + "/tax-exemption").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private Totals placed(UUID orderId) {
        await().atMost(Checkouts.PATIENCE).until(() -> !events.of(orderId).isEmpty());
        return events.first(orderId, OrderPlaced.class).totals();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
