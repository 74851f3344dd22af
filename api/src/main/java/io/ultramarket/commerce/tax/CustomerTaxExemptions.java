package io.ultramarket.commerce.tax;

import io.ultramarket.commerce.eventstore.StoredPayloads;
import io.ultramarket.commerce.eventstore.StoredPayloads.StoredPayload;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionGranted;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionRevoked;
import io.ultramarket.commerce.schemas.totals.TaxExemption;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether a buyer is a tax-exempt customer, decided by the customer's own last {@link CustomerTaxExemptionGranted} or
 * {@link CustomerTaxExemptionRevoked} in the event store (ADR 0075), read like their customer group (ADR 0067): an
 * exemption staff granted applies at the next checkout, without waiting for a read model. The evidence stays where it
 * is, sealed as personal data: only the event's type is needed.
 */
@Component
public class CustomerTaxExemptions {

    private static final String GRANTED = CustomerTaxExemptionGranted.class.getName();

    private final StoredPayloads events;

    CustomerTaxExemptions(StoredPayloads events) {
        this.events = events;
    }

    /** The exemption of {@code customerId}; none for a guest, a customer without a record, or one not exempt. */
    public Mono<Optional<TaxExemption>> of(Optional<UUID> customerId) {
        if (customerId.isEmpty()) {
            return Mono.just(Optional.empty());
        }
        return events.typed("Customer", customerId.get(), CustomerTaxExemptionGranted.class,
                        CustomerTaxExemptionRevoked.class)
                .last(new StoredPayload("", null))
                .map(last -> GRANTED.equals(last.type()) ? Optional.of(TaxExemption.ofCustomer()) : Optional.empty());
    }
}
