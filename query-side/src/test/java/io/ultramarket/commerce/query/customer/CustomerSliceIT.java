package io.ultramarket.commerce.query.customer;

import io.ultramarket.commerce.projections.customer.CustomerViewSchema;
import io.ultramarket.commerce.query.customer.CustomerView.BookedAddress;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.customer.CustomerAddressAdded;
import io.ultramarket.commerce.schemas.customer.CustomerAddressChanged;
import io.ultramarket.commerce.schemas.customer.CustomerAddressRemoved;
import io.ultramarket.commerce.schemas.customer.CustomerDetailsChanged;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The customers read model, from a customer's events to what {@link Customers} reads. */
@ExtendWith(ReadModelSlices.class)
class CustomerSliceIT {

    private final UUID ada = UUID.randomUUID();
    /** Address ids, as the customer names them. */
    private final UUID home = UUID.randomUUID();
    private final UUID office = UUID.randomUUID();
    private final UUID old = UUID.randomUUID();

    @Test
    void aCustomerShowsTheirDetailsAndAddressBookInTheOrderTheyAddedIt(ReadModelDatabase database) {
        Address moved = new Address("Ada King", "New Street 2", "3rd floor", "10117", "Berlin", "DE");
        Address work = new Address("Ada King", "Office Road 5", null, "20095", "Hamburg", "DE");
        ReadModelSlice customers = database.slice(CustomerViewSchema.class, Customers.class)
                .apply(ada, new CustomerRegistered(ada, "ada-subject", "ada@example.com", "Ada Lovelace", "en"),
                        new CustomerAddressAdded(ada, home, new Address("Ada Lovelace", "Main Street 1", null, "10115", "Berlin", "DE")),
                        new CustomerAddressAdded(ada, old, work),
                        new CustomerAddressAdded(ada, office, work),
                        new CustomerAddressRemoved(ada, old),
                        new CustomerAddressChanged(ada, home, moved),
                        new CustomerDetailsChanged(ada, "ada.king@example.com", "Ada King", "de-DE"));

        assertThat(customers.reader(Customers.class).byId(ada).block()).isEqualTo(new CustomerView(ada,
                "ada.king@example.com", "Ada King", "de-DE", List.of(new BookedAddress(home, moved), new BookedAddress(office, work)),
                6, at(0), at(6)));
        assertThat(customers.reader(Customers.class).byId(UUID.randomUUID()).blockOptional()).isEmpty();
    }
}
