package io.ultramarket.commerce.schemas.customer;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Staff unmarked the tax-exempt customer: their checkouts carry tax again (ADR 0075). */
@Revision("1")
public record CustomerTaxExemptionRevoked(UUID customerId) implements CustomerEvent {
}
