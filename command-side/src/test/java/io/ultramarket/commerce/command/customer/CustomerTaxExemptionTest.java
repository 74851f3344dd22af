package io.ultramarket.commerce.command.customer;

import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionGranted;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionRevoked;
import io.ultramarket.commerce.schemas.customer.GrantCustomerTaxExemption;
import io.ultramarket.commerce.schemas.customer.RevokeCustomerTaxExemption;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff mark a customer tax-exempt on evidence, and unmark them (ADR 0075). */
class CustomerTaxExemptionTest {

    private static final UUID ACME = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final CustomerRegistered REGISTERED =
            new CustomerRegistered(ACME, "acme-subject", "buying@acme.example", "Acme GmbH", "de");
    private static final String VAT_ID = "VAT id DE123456789, checked in VIES on 2026-12-01";

    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    @Test
    void aBusinessWithAVatIdIsMarkedTaxExemptWithItsEvidenceTrimmed() {
        fixture.given(REGISTERED)
                .when(new GrantCustomerTaxExemption(ACME, "  " + VAT_ID + "\n"))
                .expectEvents(new CustomerTaxExemptionGranted(ACME, VAT_ID));
    }

    @Test
    void markingItAgainOnTheSameEvidenceChangesNothingAndNewEvidenceReplacesIt() {
        fixture.given(REGISTERED, new CustomerTaxExemptionGranted(ACME, VAT_ID))
                .when(new GrantCustomerTaxExemption(ACME, VAT_ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(REGISTERED, new CustomerTaxExemptionGranted(ACME, VAT_ID))
                .when(new GrantCustomerTaxExemption(ACME, "VAT id DE987654321, checked in VIES on 2026-12-02"))
                .expectEvents(new CustomerTaxExemptionGranted(ACME, "VAT id DE987654321, checked in VIES on 2026-12-02"));
    }

    @Test
    void anExemptCustomerIsUnmarkedOnceAndOneNeverMarkedChangesNothing() {
        fixture.given(REGISTERED, new CustomerTaxExemptionGranted(ACME, VAT_ID))
                .when(new RevokeCustomerTaxExemption(ACME))
                .expectEvents(new CustomerTaxExemptionRevoked(ACME));
        fixture.given(REGISTERED, new CustomerTaxExemptionGranted(ACME, VAT_ID), new CustomerTaxExemptionRevoked(ACME))
                .when(new RevokeCustomerTaxExemption(ACME))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new RevokeCustomerTaxExemption(ACME))
                .expectNoEvents();
    }

    @Test
    void evidenceIsOneToTwoHundredCharacters() {
        assertThatThrownBy(() -> new GrantCustomerTaxExemption(ACME, "   "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GrantCustomerTaxExemption(ACME, "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
