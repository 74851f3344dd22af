package io.ultramarket.commerce.schemas.customer;

import io.ultramarket.commerce.schemas.common.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * Staff marked the customer tax-exempt on {@code evidence} (a VAT id and how it was checked, say: personal data for a
 * sole trader, so held as such, ADR 0069); the customer's checkouts carry no tax from then on (ADR 0075).
 */
@Revision("1")
public record CustomerTaxExemptionGranted(UUID customerId, @PersonalData(subject = "customerId") String evidence)
        implements CustomerEvent {
}
