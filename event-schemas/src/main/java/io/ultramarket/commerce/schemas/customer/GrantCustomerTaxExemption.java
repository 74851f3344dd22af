package io.ultramarket.commerce.schemas.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;
import java.util.UUID;

/**
 * Staff mark the customer tax-exempt (ADR 0075), a business with a VAT id buying under reverse charge say, with the
 * evidence they relied on ({@code evidence}: 1 to {@value #MAX_EVIDENCE} characters without surrounding blanks, such
 * as the VAT id and how it was checked). Their checkouts then carry no tax. The same evidence again changes nothing;
 * other evidence replaces it.
 */
public record GrantCustomerTaxExemption(@TargetAggregateIdentifier UUID customerId, String evidence) {

    public static final int MAX_EVIDENCE = 200;

    public GrantCustomerTaxExemption {
        Objects.requireNonNull(customerId, "customerId");
        if (evidence == null || evidence.isBlank() || evidence.strip().length() > MAX_EVIDENCE) {
            throw new IllegalArgumentException("a tax exemption needs evidence of 1 to " + MAX_EVIDENCE + " characters");
        }
        evidence = evidence.strip();
    }
}
