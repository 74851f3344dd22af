package io.ultramarket.commerce.schemas.customer;

import java.util.UUID;

/** Everything that can happen to a customer record. */
public sealed interface CustomerEvent permits CustomerRegistered, CustomerDetailsChanged, CustomerAddressAdded, CustomerAddressChanged,
        CustomerAddressRemoved, CustomerGroupChanged, CustomerTaxExemptionGranted, CustomerTaxExemptionRevoked {

    UUID customerId();
}
