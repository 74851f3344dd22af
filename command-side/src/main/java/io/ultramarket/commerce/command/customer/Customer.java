package io.ultramarket.commerce.command.customer;

import io.ultramarket.commerce.schemas.customer.AddCustomerAddress;
import io.ultramarket.commerce.schemas.customer.ChangeCustomerAddress;
import io.ultramarket.commerce.schemas.customer.ChangeCustomerGroup;
import io.ultramarket.commerce.schemas.customer.CustomerAddressAdded;
import io.ultramarket.commerce.schemas.customer.CustomerAddressChanged;
import io.ultramarket.commerce.schemas.customer.CustomerAddressRemoved;
import io.ultramarket.commerce.schemas.customer.CustomerDetailsChanged;
import io.ultramarket.commerce.schemas.customer.CustomerGroupChanged;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionGranted;
import io.ultramarket.commerce.schemas.customer.CustomerTaxExemptionRevoked;
import io.ultramarket.commerce.schemas.customer.GrantCustomerTaxExemption;
import io.ultramarket.commerce.schemas.customer.RevokeCustomerTaxExemption;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.customer.RefreshCustomerDetails;
import io.ultramarket.commerce.schemas.customer.RegisterCustomer;
import io.ultramarket.commerce.schemas.customer.RemoveCustomerAddress;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer as the shop knows them: made the first time their token is seen (its id is the customer id of
 * the token's subject, so one subject is one customer), with the email and name the identity provider
 * gives, with their language (kept up to date from later tokens), a bounded address book, and the customer
 * group staff put them in (whose prices they pay, ADR 0067), and whether staff marked them tax-exempt (ADR 0075).
 */
@Aggregate(cache = "aggregateCache")
public class Customer {

    /** Enough for home, work and a few friends; a bound keeps the record small. */
    static final int MAX_ADDRESSES = 20;

    @AggregateIdentifier
    private UUID customerId;
    private String email;
    private String name;
    private String language;
    private CustomerGroup group;
    // The evidence staff marked the customer tax-exempt on; null while they are not exempt.
    private String taxExemptionEvidence;
    private final Map<UUID, Address> addresses = new HashMap<>();

    @CommandHandler
    public Customer(RegisterCustomer command) {
        apply(new CustomerRegistered(command.customerId(), command.subject(), command.email(), command.name(),
                command.language()));
    }

    /**
     * The identity provider's email, name and language, when they differ from what the record has. A token
     * that names no language leaves the record's: not every client's token carries the {@code locale} claim.
     */
    @CommandHandler
    public void handle(RefreshCustomerDetails command) {
        String newLanguage = command.language() == null ? language : command.language();
        if (!Objects.equals(email, command.email()) || !Objects.equals(name, command.name())
                || !Objects.equals(language, newLanguage)) {
            apply(new CustomerDetailsChanged(customerId, command.email(), command.name(), newLanguage));
        }
    }

    @CommandHandler
    public void handle(AddCustomerAddress command) {
        Address known = addresses.get(command.addressId());
        // A retried "add" names the same address: the second one changes nothing.
        if (command.address().equals(known)) {
            return;
        }
        if (known != null) {
            throw new CustomerAddressAlreadyExists(customerId, command.addressId());
        }
        if (addresses.size() >= MAX_ADDRESSES) {
            throw new CustomerAddressBookFull(customerId, MAX_ADDRESSES);
        }
        apply(new CustomerAddressAdded(customerId, command.addressId(), command.address()));
    }

    @CommandHandler
    public void handle(ChangeCustomerAddress command) {
        Address known = requireAddress(command.addressId());
        if (!known.equals(command.address())) {
            apply(new CustomerAddressChanged(customerId, command.addressId(), command.address()));
        }
    }

    @CommandHandler
    public void handle(RemoveCustomerAddress command) {
        requireAddress(command.addressId());
        apply(new CustomerAddressRemoved(customerId, command.addressId()));
    }

    /** One group at most: putting a customer in a group takes them out of the one they were in. */
    @CommandHandler
    public void handle(ChangeCustomerGroup command) {
        if (!Objects.equals(group, command.group())) {
            apply(new CustomerGroupChanged(customerId, command.group(), group));
        }
    }

    /** Marks the customer tax-exempt; the same evidence again changes nothing, other evidence replaces it. */
    @CommandHandler
    public void handle(GrantCustomerTaxExemption command) {
        if (!command.evidence().equals(taxExemptionEvidence)) {
            apply(new CustomerTaxExemptionGranted(customerId, command.evidence()));
        }
    }

    @CommandHandler
    public void handle(RevokeCustomerTaxExemption command) {
        if (taxExemptionEvidence != null) {
            apply(new CustomerTaxExemptionRevoked(customerId));
        }
    }

    private Address requireAddress(UUID addressId) {
        Address address = addresses.get(addressId);
        if (address == null) {
            throw new CustomerAddressNotFound(customerId, addressId);
        }
        return address;
    }

    @EventSourcingHandler
    public void on(CustomerRegistered event) {
        customerId = event.customerId();
        email = event.email();
        name = event.name();
        language = event.language();
    }

    @EventSourcingHandler
    public void on(CustomerDetailsChanged event) {
        email = event.email();
        name = event.name();
        language = event.language();
    }

    @EventSourcingHandler
    public void on(CustomerGroupChanged event) {
        group = event.group();
    }

    @EventSourcingHandler
    public void on(CustomerTaxExemptionGranted event) {
        taxExemptionEvidence = event.evidence();
    }

    @EventSourcingHandler
    public void on(CustomerTaxExemptionRevoked event) {
        taxExemptionEvidence = null;
    }

    @EventSourcingHandler
    public void on(CustomerAddressAdded event) {
        addresses.put(event.addressId(), event.address());
    }

    @EventSourcingHandler
    public void on(CustomerAddressChanged event) {
        addresses.put(event.addressId(), event.address());
    }

    @EventSourcingHandler
    public void on(CustomerAddressRemoved event) {
        addresses.remove(event.addressId());
    }

    protected Customer() {
        // Axon rebuilds the customer from its events through this constructor.
    }
}
