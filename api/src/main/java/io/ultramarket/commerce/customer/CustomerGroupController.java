package io.ultramarket.commerce.customer;

import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.customer.ChangeCustomerGroup;
import io.ultramarket.commerce.web.CommandResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Staff put a customer in a customer group, whose prices their carts are then priced at (ADR 0067). The
 * customer must have a record (made at their first use of the shop): otherwise 404.
 */
@RestController
class CustomerGroupController {

    /** The group to put the customer in; null or left out: in none. */
    record CustomerGroupRequest(CustomerGroup group) {
    }

    record CustomerGroupAnswer(UUID customerId, CustomerGroup group) {
    }

    private final CommandDispatcher commands;

    CustomerGroupController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PutMapping(path = "/customers/{customerId}/group", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CustomerGroupAnswer>> changeGroup(@PathVariable UUID customerId,
                                                          @RequestBody CustomerGroupRequest body, CommandContext context) {
        return commands.send(context, body, ctx -> new PreparedCommand<>(new ChangeCustomerGroup(customerId, body.group()),
                        customerId.toString(), new CustomerGroupAnswer(customerId, body.group())))
                .map(CommandResponses::accepted);
    }
}
