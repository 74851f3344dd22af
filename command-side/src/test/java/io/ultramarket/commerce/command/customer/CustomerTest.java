package io.ultramarket.commerce.command.customer;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.customer.AddCustomerAddress;
import io.ultramarket.commerce.schemas.customer.ChangeCustomerAddress;
import io.ultramarket.commerce.schemas.customer.CustomerAddressAdded;
import io.ultramarket.commerce.schemas.customer.CustomerAddressChanged;
import io.ultramarket.commerce.schemas.customer.CustomerAddressRemoved;
import io.ultramarket.commerce.schemas.customer.CustomerDetailsChanged;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.customer.RefreshCustomerDetails;
import io.ultramarket.commerce.schemas.customer.RegisterCustomer;
import io.ultramarket.commerce.schemas.customer.RemoveCustomerAddress;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.stream.IntStream;

class CustomerTest {

    private static final UUID ADA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID HOME = UUID.fromString("00000000-0000-0000-0000-00000000ad01");
    private static final Address MAIN_STREET = new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE");
    private static final Address HIGH_STREET = new Address("Ada Lovelace", "High St 2", null, "10117", "Berlin", "DE");
    private static final CustomerRegistered REGISTERED = new CustomerRegistered(ADA, "ada-subject", "ada@example.com", "Ada", "en");

    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    @Test
    void aCustomerIsRegisteredWithWhatTheTokenSaysAboutThem() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(ADA, "ada-subject", "ada@example.com", "Ada", "en"))
                .expectEvents(REGISTERED);
    }

    @Test
    void aNewEmailOrNameFromTheIdentityProviderIsRecordedOnce() {
        fixture.given(REGISTERED)
                .when(new RefreshCustomerDetails(ADA, "ada@lovelace.example", "Ada", "en"))
                .expectEvents(new CustomerDetailsChanged(ADA, "ada@lovelace.example", "Ada", "en"));
        fixture.given(REGISTERED, new CustomerDetailsChanged(ADA, "ada@lovelace.example", "Ada", "en"))
                .when(new RefreshCustomerDetails(ADA, "ada@lovelace.example", "Ada", "en"))
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new RefreshCustomerDetails(ADA, "ada@example.com", "Ada", "en"))
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new RefreshCustomerDetails(ADA, "ada@example.com", null, "en"))
                .expectEvents(new CustomerDetailsChanged(ADA, "ada@example.com", null, "en"));
    }

    @Test
    void aNewLanguageFromTheIdentityProviderIsRecordedWithTheOtherDetails() {
        fixture.given(REGISTERED)
                .when(new RefreshCustomerDetails(ADA, "ada@example.com", "Ada", "de-AT"))
                .expectEvents(new CustomerDetailsChanged(ADA, "ada@example.com", "Ada", "de-AT"));
    }

    @Test
    void aTokenThatNamesNoLanguageLeavesTheRecordsLanguage() {
        fixture.given(REGISTERED)
                .when(new RefreshCustomerDetails(ADA, "ada@example.com", "Ada", null))
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new RefreshCustomerDetails(ADA, "ada@lovelace.example", "Ada", null))
                .expectEvents(new CustomerDetailsChanged(ADA, "ada@lovelace.example", "Ada", "en"));
    }

    @Test
    void anAddressJoinsTheAddressBookOnceEvenWhenTheRequestIsRetried() {
        fixture.given(REGISTERED, new CustomerAddressAdded(ADA, HOME, MAIN_STREET))
                .when(new AddCustomerAddress(ADA, HOME, MAIN_STREET))
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new AddCustomerAddress(ADA, HOME, MAIN_STREET))
                .expectEvents(new CustomerAddressAdded(ADA, HOME, MAIN_STREET));
    }

    @Test
    void anotherAddressUnderAnIdInUseIsRefused() {
        fixture.given(REGISTERED, new CustomerAddressAdded(ADA, HOME, MAIN_STREET))
                .when(new AddCustomerAddress(ADA, HOME, HIGH_STREET))
                .expectNoEvents()
                .expectException(CustomerAddressAlreadyExists.class);
    }

    @Test
    void theAddressBookIsBounded() {
        Object[] full = IntStream.range(0, Customer.MAX_ADDRESSES)
                .mapToObj(i -> new CustomerAddressAdded(ADA, UUID.randomUUID(), MAIN_STREET)).toArray();
        fixture.given(REGISTERED).andGiven(full)
                .when(new AddCustomerAddress(ADA, HOME, HIGH_STREET))
                .expectNoEvents()
                .expectException(CustomerAddressBookFull.class);
    }

    @Test
    void anAddressIsChangedOnlyWhenItDiffers() {
        fixture.given(REGISTERED, new CustomerAddressAdded(ADA, HOME, MAIN_STREET))
                .when(new ChangeCustomerAddress(ADA, HOME, HIGH_STREET))
                .expectEvents(new CustomerAddressChanged(ADA, HOME, HIGH_STREET));
        fixture.given(REGISTERED, new CustomerAddressAdded(ADA, HOME, MAIN_STREET))
                .when(new ChangeCustomerAddress(ADA, HOME, MAIN_STREET))
                .expectNoEvents();
    }

    @Test
    void onlyAnAddressInTheBookCanBeChangedOrRemoved() {
        fixture.given(REGISTERED)
                .when(new RemoveCustomerAddress(ADA, HOME))
                .expectException(CustomerAddressNotFound.class);
        fixture.given(REGISTERED, new CustomerAddressAdded(ADA, HOME, MAIN_STREET))
                .when(new RemoveCustomerAddress(ADA, HOME))
                .expectEvents(new CustomerAddressRemoved(ADA, HOME));
    }
}
