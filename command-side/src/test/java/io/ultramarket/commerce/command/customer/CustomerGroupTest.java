package io.ultramarket.commerce.command.customer;

import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.customer.ChangeCustomerGroup;
import io.ultramarket.commerce.schemas.customer.CustomerGroupChanged;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** Staff put a customer in one customer group at most, whose prices they then pay. */
class CustomerGroupTest {

    private static final UUID ADA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final CustomerRegistered REGISTERED = new CustomerRegistered(ADA, "ada-subject", "ada@example.com", "Ada", "en");
    private static final CustomerGroup B2B = CustomerGroup.of("b2b");
    private static final CustomerGroup STAFF = CustomerGroup.of("staff");

    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    @Test
    void adaIsPutInTheGroupB2b() {
        fixture.given(REGISTERED)
                .when(new ChangeCustomerGroup(ADA, B2B))
                .expectEvents(new CustomerGroupChanged(ADA, B2B, null));
    }

    @Test
    void adaMovesFromB2bToStaffAndThenToNoGroup() {
        fixture.given(REGISTERED, new CustomerGroupChanged(ADA, B2B, null))
                .when(new ChangeCustomerGroup(ADA, STAFF))
                .expectEvents(new CustomerGroupChanged(ADA, STAFF, B2B));
        fixture.given(REGISTERED, new CustomerGroupChanged(ADA, STAFF, null))
                .when(new ChangeCustomerGroup(ADA, null))
                .expectEvents(new CustomerGroupChanged(ADA, null, STAFF));
    }

    @Test
    void puttingAdaInTheGroupSheIsInChangesNothing() {
        fixture.given(REGISTERED, new CustomerGroupChanged(ADA, B2B, null))
                .when(new ChangeCustomerGroup(ADA, B2B))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new ChangeCustomerGroup(ADA, null))
                .expectNoEvents();
    }
}
